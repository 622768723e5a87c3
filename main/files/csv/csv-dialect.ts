import { AppError } from '../../../shared/errors.js';
import { detectTerminator, sniffDelimiter, type RecordTerminator } from '../../../shared/table/csv-text.js';
import {
  normaliseEncodingLabel,
  SingleByteEvidence,
  sniffBom,
  sniffUtf16,
  utf8Validity,
  type TextEncodingLabel,
} from '../../../shared/table/encoding-evidence.js';
import { recordDecoder } from '../../../shared/table/text-decoding.js';
import type { ByteLayout } from './record-cut.js';

/** How a CSV file is written: everything needed to cut it into records and fields. */
export interface CsvDialect {
  encoding: TextEncodingLabel;
  /** The encoding came from the clerk or a byte-order mark, not from statistics. */
  encodingCertain: boolean;
  bom: boolean;
  bomLength: number;
  delimiter: string;
  terminator: RecordTerminator;
  layout: ByteLayout;
}

/** The clerk's overrides that bear on the dialect. */
export interface DialectOverrides {
  encoding?: string;
  delimiter?: string;
}

const DELIMITER_WORDS: Record<string, string> = { tab: '\t', '\\t': '\t', tabulation: '\t', semicolon: ';', comma: ',', pipe: '|' };

/** The delimiter the clerk typed (`;`, `tab`, `\t`…), or an `file.bad-delimiter` error. */
export function delimiterOverride(text: string): string {
  const word = DELIMITER_WORDS[text.toLowerCase()];
  if (word) return word;
  if ([...text].length === 1 && text !== '"' && text !== '\n' && text !== '\r') return text;
  throw new AppError('file.bad-delimiter', { delimiter: text });
}

/** The encoding the clerk typed, or a `file.unknown-encoding` error listing what is accepted. */
export function encodingOverride(label: string): TextEncodingLabel {
  const encoding = normaliseEncodingLabel(label);
  if (encoding === null) throw new AppError('file.unknown-encoding', { encoding: label });
  return encoding;
}

/**
 * Binary content (an image, a zip, an executable named `.csv`): NUL bytes, or more than 2 % of
 * control characters other than tab, line feed, carriage return and form feed.
 */
export function looksBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1a) controls++;
  }
  return controls > 0.02 * head.length;
}

/** The first guess at the encoding, from the head of the file; the first pass checks it on the rest. */
function guessEncoding(head: Uint8Array): TextEncodingLabel {
  const utf16 = sniffUtf16(head);
  if (utf16) return utf16;
  if (utf8Validity(head).valid) return 'utf-8';
  const evidence = new SingleByteEvidence();
  evidence.feed(head);
  return evidence.best();
}

/**
 * Works out the dialect from the head of the file (its first megabyte): byte-order mark, a first
 * guess at the encoding (checked against the whole file during the first pass), record
 * terminator and delimiter. Throws `file.binary` for content that is not text.
 */
export function detectDialect(head: Uint8Array, overrides: DialectOverrides): CsvDialect {
  const bom = sniffBom(head);
  const forced = overrides.encoding ? encodingOverride(overrides.encoding) : null;
  const bomLength = bom && (forced === null || forced === bom.encoding) ? bom.length : 0;
  const encoding = forced ?? bom?.encoding ?? guessEncoding(head);
  const unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  if (unit === 1 && looksBinary(head.subarray(bomLength))) throw new AppError('file.binary');
  const body = head.subarray(bomLength, bomLength + (Math.min(head.length - bomLength, 256 * 1024) & ~1));
  const text = recordDecoder(encoding).decode(body);
  if (unit === 2 && looksBinary(new TextEncoder().encode(text.slice(0, 65536)))) throw new AppError('file.binary');
  const terminator = detectTerminator(text);
  const delimiter = overrides.delimiter ? delimiterOverride(overrides.delimiter) : sniffDelimiter(text, terminator);
  return {
    encoding,
    encodingCertain: forced !== null || bom !== null || unit === 2,
    bom: bom !== null && bomLength > 0,
    bomLength,
    delimiter,
    terminator,
    layout: { unit, littleEndian: encoding !== 'utf-16be' },
  };
}
