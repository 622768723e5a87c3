import type { MergedRange } from '../workbook-types.js';

/** Parses `B3` into 0-based row and column; `$` anchors ignored; null when malformed. */
export function parseCellReference(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference.trim());
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, column: column - 1 };
}

/** Parses `A1:C2` (or a single cell) into a 0-based inclusive range; null when malformed. */
export function parseRangeReference(reference: string): MergedRange | null {
  const [first = '', second = first] = reference.split(':');
  const start = parseCellReference(first);
  const end = parseCellReference(second);
  if (!start || !end) return null;
  return {
    startRow: Math.min(start.row, end.row),
    startColumn: Math.min(start.column, end.column),
    endRow: Math.max(start.row, end.row),
    endColumn: Math.max(start.column, end.column),
  };
}
