import fs from 'node:fs';
import XLSX from 'xlsx';
import type { Row } from '../../../shared/table/cell.js';

/**
 * Reads a corpus CSV or XLSX into header and rows as the reader hands them over (text for CSV,
 * numbers, booleans and ISO dates for workbooks), with SheetJS, while `openTable` is being written.
 */
export function readSheet(file: string): { headers: string[]; rows: Row[] } {
  const isCsv = file.endsWith('.csv');
  const workbook = isCsv
    ? XLSX.read(fs.readFileSync(file, 'utf8'), { type: 'string', raw: true })
    : XLSX.read(fs.readFileSync(file), { type: 'buffer', cellDates: true });
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw new Error(`no sheet in ${file}`);
  const matrix = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: false });
  const cell = (value: unknown): Row[number] => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return String(value);
  };
  const [header = [], ...rest] = matrix;
  return { headers: header.map((h) => String(h ?? '')), rows: rest.map((row) => header.map((_h, i) => cell(row[i] ?? null))) };
}
