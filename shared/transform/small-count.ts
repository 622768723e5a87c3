/**
 * Small counts hidden (« généraliser »): a cell counting fewer persons than the threshold becomes
 * « < threshold ». INSEE/DGFiP statistical secrecy publishes no cell of fewer than 11 natural
 * persons (detection note §6.7). Zero stays: it reveals nobody.
 */
import type { Cell } from '../table/cell.js';
import { parseNumber } from '../table/value-parse.js';
import { cellText } from './cell-text.js';
import { decimalText } from './csv-value.js';

/** `4` → `< 11`; `0` and `25` unchanged (normalised); a cell that is no number is emptied. */
export function hideSmallCount(cell: Cell, threshold: number): string {
  if (cell === null) return '';
  const value = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseNumber(cell) : null;
  if (value === null) return '';
  if (value > 0 && value < threshold) return `< ${threshold}`;
  return typeof cell === 'string' ? decimalText(cell).trim() : cellText(cell);
}
