import { charForByte, SINGLE_BYTE_CHARSETS, type SingleByteCharset } from './single-byte-charsets.js';

/** The encodings Atelier reads a text file in, by the labels `atelier inspect` prints. */
export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByteCharset;

/** Labels the clerk or a script may type, mapped to ours (`latin1`, `cp850`, `mac`…). */
const LABEL_ALIASES: Record<string, TextEncodingLabel> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-8-sig': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', utf16le: 'utf-16le', 'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'latin-1': 'windows-1252', ansi: 'windows-1252',
  'iso-8859-15': 'iso-8859-15', latin9: 'iso-8859-15', 'latin-9': 'iso-8859-15',
  ibm850: 'ibm850', cp850: 'ibm850', '850': 'ibm850', dos: 'ibm850',
  macintosh: 'macintosh', 'mac-roman': 'macintosh', macroman: 'macintosh', 'x-mac-roman': 'macintosh', mac: 'macintosh',
};

/** Our label for an encoding name as typed, or null when Atelier does not read that encoding. */
export function normaliseEncodingLabel(label: string): TextEncodingLabel | null {
  return LABEL_ALIASES[label.trim().toLowerCase()] ?? null;
}

/** A byte-order mark at the start of a file: its encoding and its length in bytes. */
export function sniffBom(bytes: Uint8Array): { encoding: TextEncodingLabel; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a byte-order mark: text of Latin letters has a zero byte in every other
 * position. Returns the byte order, or null when the bytes do not look like UTF-16.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > 0.4 * pairs && evenZeros < 0.05 * pairs) return 'utf-16le';
  if (evenZeros > 0.4 * pairs && oddZeros < 0.05 * pairs) return 'utf-16be';
  return null;
}

const FRENCH_LOWER = new Set('àâäçéèêëîïôöùûüÿœæ');
const FRENCH_UPPER = new Set('ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ');
const COMMON_SIGNS = new Set('«»’‘“”–—…€°\u00A0·²³½¼¾§©®™£•');

function isAsciiLower(b: number): boolean {
  return b >= 0x61 && b <= 0x7a;
}
function isAsciiLetter(b: number): boolean {
  return isAsciiLower(b) || (b >= 0x41 && b <= 0x5a);
}

/**
 * Statistics of the non-ASCII bytes of a whole file, in their context, from which the code
 * page is chosen: French text decoded with the right code page gives accented letters inside
 * words (é è à ç ô…), and with a wrong one gives box drawings, control codes, or capitals
 * stuck after small letters.
 */
export class SingleByteEvidence {
  private readonly total = new Float64Array(256);
  private readonly afterLower = new Float64Array(256);
  private readonly nearLetter = new Float64Array(256);
  private previous = 0x20;
  private pendingHigh = -1;

  /** Bytes seen that are not ASCII. */
  highBytes = 0;

  /** Takes the next bytes of the file into account. */
  feed(bytes: Uint8Array): void {
    let prev = this.previous;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.pendingHigh >= 0) {
        if (isAsciiLetter(b)) this.nearLetter[this.pendingHigh]!++;
        this.pendingHigh = -1;
      }
      if (b >= 0x80) {
        this.highBytes++;
        this.total[b]!++;
        if (isAsciiLower(prev)) this.afterLower[b]!++;
        if (isAsciiLetter(prev)) this.nearLetter[b]!++;
        else this.pendingHigh = b;
      }
      prev = b;
    }
    this.previous = prev;
  }

  /** How plausible French text the bytes make in one code page (higher is better). */
  score(charset: SingleByteCharset): number {
    let score = 0;
    for (let b = 0x80; b < 0x100; b++) {
      const n = this.total[b]!;
      if (n === 0) continue;
      const ch = charForByte(charset, b);
      const afterLower = this.afterLower[b]!;
      const near = Math.min(n, this.nearLetter[b]!);
      const code = ch.charCodeAt(0);
      if (ch === '\uFFFD' || (code >= 0x80 && code < 0xa0)) score -= 5 * n;
      else if (FRENCH_LOWER.has(ch)) score += 3 * near + (n - near);
      else if (FRENCH_UPPER.has(ch)) score += 2 * (n - afterLower) - 2 * afterLower;
      else if (ch === '’') score += 2 * near + (n - near);
      else if (COMMON_SIGNS.has(ch)) score += n - near;
      else if (/\p{Ll}/u.test(ch)) score += 0.5 * near - 0.5 * (n - near);
      else if (/\p{Lu}/u.test(ch)) score -= 2 * afterLower;
      else score -= 2 * n;
    }
    return score;
  }

  /** The code page under which the file reads best; Windows-1252 when the bytes cannot tell. */
  best(): SingleByteCharset {
    let best: SingleByteCharset = 'windows-1252';
    let bestScore = -Infinity;
    for (const charset of SINGLE_BYTE_CHARSETS) {
      const s = this.score(charset);
      if (s > bestScore) {
        best = charset;
        bestScore = s;
      }
    }
    return best;
  }

  /** The counts so far, as plain data for another thread. */
  state(): SingleByteEvidenceState {
    return { total: Array.from(this.total), afterLower: Array.from(this.afterLower), nearLetter: Array.from(this.nearLetter), highBytes: this.highBytes };
  }

  /**
   * Adds the counts of another part of the file. Parts start right after a line end, where no
   * byte before counts, so the merged evidence is exactly that of reading the parts in a row.
   */
  merge(other: SingleByteEvidenceState): void {
    for (let b = 0; b < 256; b++) {
      this.total[b]! += other.total[b] ?? 0;
      this.afterLower[b]! += other.afterLower[b] ?? 0;
      this.nearLetter[b]! += other.nearLetter[b] ?? 0;
    }
    this.highBytes += other.highBytes;
  }
}

/** The counts of a `SingleByteEvidence`, as plain data. */
export interface SingleByteEvidenceState {
  total: number[];
  afterLower: number[];
  nearLetter: number[];
  highBytes: number;
}

/**
 * Whether bytes are valid UTF-8 as far as they go (a sequence cut at the end is allowed, the
 * next chunk completes it). Also tells whether any multi-byte character was met.
 */
export function utf8Validity(bytes: Uint8Array): { valid: boolean; multiByte: boolean } {
  let need = 0;
  let multiByte = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (need > 0) {
      if ((b & 0xc0) !== 0x80) return { valid: false, multiByte };
      need--;
      continue;
    }
    if (b < 0x80) continue;
    multiByte = true;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return { valid: false, multiByte };
  }
  return { valid: true, multiByte };
}
