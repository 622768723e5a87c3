import type { TableFilter } from '../../shared/api/files-api.js';
import type { Cell, Row } from '../../shared/table/cell.js';

const PRINTABLE_ASCII = /^[ -~]*$/;

/** Text folded for a search that ignores accents and case: « Élève » and « eleve » match. */
export function foldForSearch(text: string): string {
  // Most cells are plain ASCII: lower-casing is all they need, and far cheaper than decomposing.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/[\u00a0\u202f]/g, ' ');
}

/** A cell as the clerk reads it in the preview: numbers with a decimal comma, booleans in French. */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  return cell;
}

/** A test telling whether a row passes the clerk's filter: its text contained in the chosen cell, or in any cell. */
export function rowMatcher(filter: TableFilter): (row: Row) => boolean {
  const needle = foldForSearch(filter.text);
  const matches = (cell: Cell | undefined) => cell !== undefined && cell !== null && foldForSearch(cellText(cell)).includes(needle);
  const column = filter.column;
  if (column !== null) return (row) => matches(row[column]);
  return (row) => row.some(matches);
}
