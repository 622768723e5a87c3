/**
 * Postal code → département (« généraliser »), the generalisation the CNIL/CADA open-data guide
 * gives as its example. A postal code is not an INSEE code: Corsica's postal codes start with 20
 * for both départements, and overseas ones carry a three-digit département.
 */
import type { Cell } from '../table/cell.js';

/** The département of a French postal code (`31500` → `31`, `20090` → `2A`, `97400` → `974`), or empty. */
export function postalCodeToDepartment(cell: Cell): string {
  const code = postalCodeText(cell);
  if (code === null) return '';
  const two = code.slice(0, 2);
  if (two === '00') return '';
  // Overseas: 971–978 and 986–988 (postal codes 97xxx / 98xxx carry the three-digit code).
  if (two === '97' || two === '98') return code.slice(0, 3);
  // Corsica: 200xx–201xx are in Corse-du-Sud (2A), 202xx–206xx in Haute-Corse (2B).
  if (two === '20') return Number(code.slice(2, 3)) < 2 ? '2A' : '2B';
  return two;
}

/** The five digits of a postal code written as text (`31 500`) or as a workbook number (`1000` → `01000`). */
function postalCodeText(cell: Cell): string | null {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1000 || cell > 99999) return null;
    return String(cell).padStart(5, '0');
  }
  if (typeof cell !== 'string') return null;
  const compact = cell.replace(/[\s\u00a0]/g, '');
  return /^\d{5}$/.test(compact) ? compact : null;
}
