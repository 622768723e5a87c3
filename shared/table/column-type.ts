import type { ColumnType } from './cell.js';
import type { CellKind } from './value-parse.js';

/** How many cells of each kind a column holds, and what decides between integer and code. */
export interface KindCounts {
  counts: Record<CellKind, number>;
  /** Digit strings seen (text cells only), and whether they all had the same length. */
  digitStrings: number;
  digitLength: number | null;
  digitLengthsVary: boolean;
}

/** Empty counters for `inferColumnType`. */
export function emptyKindCounts(): KindCounts {
  return {
    counts: { empty: 0, integer: 0, decimal: 0, date: 0, datetime: 0, boolean: 0, code: 0, codeLike: 0, error: 0, text: 0 },
    digitStrings: 0,
    digitLength: null,
    digitLengthsVary: false,
  };
}

/** Digit strings this long and all of one length are identifiers (postcodes, SIREN, SIRET), not amounts. */
const CODE_MIN_LENGTH = 5;

/**
 * The type of a whole column, from the kinds of all its cells: one text cell makes the column
 * text, one leading-zero code makes digit columns codes, so that `01` or `09000` never turn
 * into numbers. Error values (`#N/A`) are left out of the decision.
 */
export function inferColumnType(k: KindCounts): ColumnType {
  const c = k.counts;
  const filled = c.integer + c.decimal + c.date + c.datetime + c.boolean + c.code + c.codeLike + c.text;
  if (filled === 0) return 'empty';
  if (c.text > 0) return 'text';
  if (c.boolean === filled) return 'boolean';
  if (c.date === filled) return 'date';
  if (c.date + c.datetime === filled) return 'datetime';
  const numeric = c.integer + c.decimal;
  if (c.code + c.codeLike > 0 && c.code + c.codeLike + c.integer === filled) return 'code';
  if (c.integer === filled) {
    const sameLengthDigits = k.digitStrings === filled && !k.digitLengthsVary && (k.digitLength ?? 0) >= CODE_MIN_LENGTH;
    return sameLengthDigits ? 'code' : 'integer';
  }
  if (numeric === filled) return 'decimal';
  return 'text';
}
