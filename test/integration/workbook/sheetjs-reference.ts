import fs from 'node:fs';
import * as XLSX from 'xlsx';
import * as codePages from 'xlsx/dist/cpexcel.full.mjs';
import type { Cell, Row } from '../../../shared/table/cell.js';
import type { MergedRange } from '../../../main/files/workbook/index.js';

XLSX.set_cptable(codePages);

/** A date SheetJS decoded from a serial, to compare with the reader's ISO text. */
export interface ExpectedDate {
  date: { y: number; m: number; d: number; H: number; M: number; S: number };
}

/** What SheetJS, read independently, says a sheet holds. */
export interface ReferenceSheet {
  name: string;
  hidden: boolean;
  rows: Map<number, (Cell | ExpectedDate)[]>;
  merges: MergedRange[];
}

interface SheetJsCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

/**
 * Reads a workbook with SheetJS (whole, dense) and converts its cells to the reader's cell
 * convention with SheetJS's own date code (`SSF.parse_date_code`), so dates are checked against
 * an independent calendar implementation.
 */
export function readWithSheetJs(file: string): ReferenceSheet[] {
  const book = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true, cellNF: true });
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  return book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name] as { '!data'?: (SheetJsCell | null | undefined)[][]; '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[] };
    const rows = new Map<number, (Cell | ExpectedDate)[]>();
    (sheet['!data'] ?? []).forEach((cells, rowIndex) => {
      const row = (cells ?? []).map((cell) => referenceCell(cell, date1904));
      while (row.length > 0 && row.at(-1) === null) row.pop();
      for (let column = 0; column < row.length; column += 1) if (row[column] === undefined) row[column] = null;
      if (row.length > 0) rows.set(rowIndex, row);
    });
    const merges = (sheet['!merges'] ?? []).map((range) => ({ startRow: range.s.r, startColumn: range.s.c, endRow: range.e.r, endColumn: range.e.c }));
    return { name, hidden: Boolean(book.Workbook?.Sheets?.[index]?.Hidden), rows, merges };
  });
}

function referenceCell(cell: SheetJsCell | null | undefined, date1904: boolean): Cell | ExpectedDate {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return cell.v === '' || cell.v === undefined ? null : String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return cell.w ?? null;
    case 'n': {
      const value = cell.v as number;
      const code = typeof cell.z === 'string' ? cell.z : '';
      const firstSection = (code.split(';')[0] ?? '').replace(/\[[^\]]*\]/g, '').trim();
      if (/^0{2,}$/.test(firstSection) && Number.isInteger(value) && value >= 0) return String(value).padStart(firstSection.length, '0');
      if (code !== '' && XLSX.SSF.is_date(code)) {
        const parsed = XLSX.SSF.parse_date_code(value, { date1904 }) as ExpectedDate['date'] | null;
        if (parsed) return { date: parsed };
      }
      return value;
    }
    default:
      return null;
  }
}

/** Whether the reader's cell agrees with SheetJS's: numbers to 1e-9, dates field by field. */
export function cellAgrees(actual: Cell | undefined, expected: Cell | ExpectedDate | undefined): boolean {
  if (expected === undefined || expected === null) return actual === undefined || actual === null;
  if (typeof expected === 'object') {
    const { y, m, d, H, M, S } = expected.date;
    const time = `${pad(H)}:${pad(M)}:${pad(S)}`;
    if (typeof actual !== 'string') return false;
    if (/^\d{2,}:\d{2}:\d{2}$/.test(actual)) return actual.endsWith(time.slice(2)) || actual === time;
    const day = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
    return actual === day || actual === `${day}T${time}` || actual.startsWith(`${day}T`);
  }
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return actual === expected;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Rows as a map for comparison, with a copy of each row. */
export function collectRows(): { rows: Map<number, Row>; onRow: (rowIndex: number, cells: Row) => void } {
  const rows = new Map<number, Row>();
  return { rows, onRow: (rowIndex, cells) => rows.set(rowIndex, cells) };
}
