import type { Cell } from './cell.js';

/** Joins the parts of a multi-row or merged header into one column name, as in `Montant — HT`. */
export const HEADER_PART_SEPARATOR = ' — ';

/** The text of a header cell as the clerk reads it (numbers and dates as written). */
export function headerText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

/**
 * Column names from the header parts of each column, top-down: blank parts and a part equal to
 * the one above (a merged cell spreads its text down) are dropped, the rest joined.
 */
export function joinHeaderParts(parts: string[]): { name: string; path: string[] } {
  const path: string[] = [];
  for (const part of parts) {
    if (part.trim() === '') continue;
    if (path.length > 0 && path[path.length - 1]!.trim() === part.trim()) continue;
    path.push(part);
  }
  return { name: path.join(HEADER_PART_SEPARATOR), path };
}

/**
 * Makes every name usable as a column name: an empty name becomes `colonne N` (N counted from
 * 1), a repeated one gets ` (2)`, ` (3)`… so that every column can be told apart.
 */
export function uniqueColumnNames(names: string[]): string[] {
  const taken = new Set<string>();
  const base = names.map((name, i) => (name.trim() === '' ? `colonne ${i + 1}` : name));
  const out: string[] = [];
  for (const name of base) {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
    taken.add(candidate);
    out.push(candidate);
  }
  return out;
}
