import type { TextEncodingLabel } from './encoding-evidence.js';
import { charForByte, decodeSingleByte } from './single-byte-charsets.js';

const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Node's TextDecoder reads `windows-1252` as ISO-8859-1 (bytes 0x80–0x9F come out as C1
 * control codes instead of € ’ œ …): put the Windows-1252 characters back.
 */
function windows1252Fix(text: string): string {
  return text.replace(C1_CONTROLS, (c) => charForByte('windows-1252', c.charCodeAt(0)));
}

/** Turns whole records of bytes into text, in one encoding. */
export interface RecordDecoder {
  readonly encoding: TextEncodingLabel;
  /** Throws `InvalidTextError` when `strict` and the bytes are not valid in the encoding. */
  decode(bytes: Uint8Array): string;
}

/** Bytes that are not valid text in the encoding that was expected. */
export class InvalidTextError extends Error {
  constructor(readonly encoding: TextEncodingLabel) {
    super(`invalid ${encoding}`);
    this.name = 'InvalidTextError';
  }
}

/**
 * A decoder for one of Atelier's encodings. `strict` (UTF-8 only) makes invalid bytes an error
 * instead of U+FFFD, which is how a file guessed as UTF-8 is found to be something else.
 * The byte-order mark is never part of what is decoded: the reader skips it.
 */
export function recordDecoder(encoding: TextEncodingLabel, strict = false): RecordDecoder {
  if (encoding === 'ibm850') return { encoding, decode: (bytes) => decodeSingleByte('ibm850', bytes) };
  let platform: InstanceType<typeof TextDecoder> | null = null;
  try {
    platform = new TextDecoder(encoding, { fatal: strict && encoding === 'utf-8', ignoreBOM: true });
  } catch {
    // A runtime without full ICU may not know every code page: fall back to our own tables.
    platform = null;
  }
  if (platform === null) {
    if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') throw new InvalidTextError(encoding);
    return { encoding, decode: (bytes) => decodeSingleByte(encoding, bytes) };
  }
  const decoder = platform;
  const fix = encoding === 'windows-1252' ? windows1252Fix : (text: string) => text;
  return {
    encoding,
    decode(bytes) {
      try {
        return fix(decoder.decode(bytes));
      } catch {
        throw new InvalidTextError(encoding);
      }
    },
  };
}
