/**
 * One record of the published CSV (RFC 4180): a field is quoted when it holds the separator, a
 * quote, a line break, or spaces at either end that a reader could trim; quotes are doubled;
 * records end with CRLF.
 */

/** The record separator: RFC 4180's CRLF, which every spreadsheet and portal reads. */
export const RECORD_END = '\r\n';

/** Writes the CSV text of one record, without its line end. */
export type CsvRecordWriter = (fields: readonly string[]) => string;

const TAB = 9;
const SPACE = 32;
const QUOTES = /"/g;

/**
 * The record writer for a delimiter. The characters that force quotes are found by one regex
 * compiled here, once per export, rather than four scans of every field.
 */
export function csvRecordWriter(delimiter: string): CsvRecordWriter {
  const special = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}"\\n\\r]`);
  const field = (text: string): string => {
    if (text === '') return text;
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    if (first === SPACE || first === TAB || last === SPACE || last === TAB || special.test(text)) {
      return `"${text.replace(QUOTES, '""')}"`;
    }
    return text;
  };
  return (fields) => {
    const width = fields.length;
    if (width === 0) return '';
    let line = field(fields[0] ?? '');
    for (let i = 1; i < width; i++) line += delimiter + field(fields[i] ?? '');
    return line;
  };
}
