/**
 * How a value kept as is is written in the published CSV (issue 5 « The output »): dates in
 * ISO 8601, decimals with `.`, no thousands separators, leading zeros kept. A cell that does not
 * read as its column's type is written exactly as it was: normalising must never lose text.
 */
import type { Cell, ColumnType } from '../table/cell.js';
import { numberSpelling, parseDate } from '../table/value-parse.js';
import { cellText } from './cell-text.js';

const GROUP_SEPARATORS = /[\s\u00a0\u202f]/g;
const ALL_DIGITS = /^\d+$/;

/** The CSV text of a cell of a column of that type. */
export function csvValue(cell: Cell, type: ColumnType): string {
  if (typeof cell !== 'string') return cellText(cell);
  switch (type) {
    case 'date':
    case 'datetime':
      return isoDateText(cell);
    case 'integer':
    case 'decimal':
      return decimalText(cell);
    default:
      return cell;
  }
}

/**
 * The CSV text function of a column of that type, chosen once per column rather than per cell:
 * the same result as `csvValue(cell, type)`.
 */
export function csvValueWriter(type: ColumnType): (cell: Cell) => string {
  switch (type) {
    case 'date':
    case 'datetime':
      return (cell) => (typeof cell === 'string' ? isoDateText(cell) : cellText(cell));
    case 'integer':
    case 'decimal':
      return (cell) => (typeof cell === 'string' ? decimalText(cell) : cellText(cell));
    default:
      return cellText;
  }
}

/** `14/03/2021` → `2021-03-14`; `14/03/2021 08h30` → `2021-03-14T08:30:00`; anything else unchanged. */
export function isoDateText(text: string): string {
  return parseDate(text)?.iso ?? text;
}

/**
 * `1 063 850,00` → `1063850.00`, `2,25` → `2.25`, `+12` → `12`; digits-only text (`007`) and
 * anything that is no number are unchanged. Works on the text so that no decimal is lost.
 */
export function decimalText(text: string): string {
  if (isDigitsOnly(text)) return text;
  const trimmed = text.trim();
  if (ALL_DIGITS.test(trimmed)) return text;
  const spelled = numberSpelling(trimmed);
  if (spelled === null) return text;
  // Without an exponent (and so finite: at most 40 digits), the plain spelling is exactly the
  // text less its group separators and its `+`; with one, the exponent is kept as written.
  if (!spelled.includes('e')) return spelled;
  if (!Number.isFinite(Number(spelled))) return text;
  const compact = trimmed.replace(GROUP_SEPARATORS, '').replace(',', '.');
  return compact.startsWith('+') ? compact.slice(1) : compact;
}

/** True for `0`…`9` only, the commonest cell of a number column: no trimming or parsing needed. */
function isDigitsOnly(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
