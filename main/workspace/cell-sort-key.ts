import type { Cell, ColumnType } from '../../shared/table/cell.js';

/** How a column's cells compare: by value for numbers and dates, by French collation otherwise. */
export type SortMode = 'number' | 'date' | 'text';

/** The sort mode of a column, from the type its profile inferred over the whole file. */
export function sortModeOf(type: ColumnType | undefined): SortMode {
  if (type === 'integer' || type === 'decimal' || type === 'boolean') return 'number';
  if (type === 'date' || type === 'datetime') return 'date';
  return 'text';
}

// French numbers group thousands with a space (often a no-break or narrow no-break one) and
// write the decimal part after a comma; exports from other tools use a point.
const GROUPED_NUMBER = /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?$/;

/** A number written in a cell as a French clerk or an export tool writes it (`1 234,5`, `-12.75`), or null. */
export function parseFrenchNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!GROUPED_NUMBER.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/;

function utc(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Date.UTC(year, month - 1, day, hours, minutes, seconds);
}

/** A date written `dd/mm/yyyy` (French order) or ISO `yyyy-mm-dd`, with an optional time, as milliseconds; or null. */
export function parseDate(text: string): number | null {
  const trimmed = text.trim();
  const french = FRENCH_DATE.exec(trimmed);
  if (french) {
    const [, day, month, year, hours, minutes, seconds] = french.map((part) => (part === undefined ? 0 : Number(part)));
    return utc(year ?? 0, month ?? 0, day ?? 0, hours, minutes, seconds);
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, year, month, day, hours, minutes, seconds] = iso.map((part) => (part === undefined ? 0 : Number(part)));
    return utc(year ?? 0, month ?? 0, day ?? 0, hours, minutes, seconds);
  }
  return null;
}

/**
 * The sort key of one cell: a typed value when the cell reads as the column's type, its text
 * otherwise (so a stray « n.c. » in a number column sorts after the numbers), or null when empty.
 */
export function sortKeyOf(cell: Cell, mode: SortMode): number | string | null {
  if (cell === null) return null;
  if (typeof cell === 'string' && cell.trim() === '') return null;
  if (mode === 'number') {
    if (typeof cell === 'number') return cell;
    if (typeof cell === 'boolean') return cell ? 1 : 0;
    return parseFrenchNumber(cell) ?? cell;
  }
  if (mode === 'date' && typeof cell === 'string') return parseDate(cell) ?? cell;
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  return typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
}
