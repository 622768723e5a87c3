/**
 * One record of the published CSV (RFC 4180): a field is quoted when it holds the separator, a
 * quote, a line break, or spaces at either end that a reader could trim; quotes are doubled;
 * records end with CRLF.
 */

/** The record separator: RFC 4180's CRLF, which every spreadsheet and portal reads. */
export const RECORD_END = '\r\n';

function needsQuotes(field: string, delimiter: string): boolean {
  if (field === '') return false;
  if (field.includes(delimiter) || field.includes('"') || field.includes('\n') || field.includes('\r')) return true;
  const first = field.charCodeAt(0);
  const last = field.charCodeAt(field.length - 1);
  return first === 32 || first === 9 || last === 32 || last === 9;
}

/** The CSV text of one record, without its line end. */
export function csvRecord(fields: readonly string[], delimiter: string): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? '';
    if (i > 0) line += delimiter;
    line += needsQuotes(field, delimiter) ? `"${field.replaceAll('"', '""')}"` : field;
  }
  return line;
}
