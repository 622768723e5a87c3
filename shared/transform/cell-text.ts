/**
 * A cell as the text written in the published CSV, before any decision: the one place that says
 * how a workbook number or boolean is spelled in the output.
 */
import type { Cell } from '../table/cell.js';

/**
 * The cell's text: empty for an empty cell, `true`/`false` for booleans, numbers with a `.`
 * decimal point and without exponent for ordinary magnitudes, text unchanged.
 */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return numberText(cell);
}

/** A number as the CSV writes it: `.` as decimal point, no grouping, no exponent below 1e21. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Tiny magnitudes print with an exponent; spreadsheets never hold more than 15 significant digits.
  return Math.abs(value) < 1 ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : text;
}
