import type { VettedFile } from './publication-request.js';

/** What a portal shows of a published dataset, read back after the upload. */
export interface PortalReadBack {
  /** The column names as the portal lists them, in its order. */
  columns: string[];
  /** The number of records the portal holds. */
  rowCount: number;
}

/** Why a read-back does not match the vetted file; empty when it does. */
export interface ReadBackMismatch {
  /** Columns the portal shows that the vetted file does not have (a removed column leaked). */
  unexpected: string[];
  /** Vetted columns the portal does not show. */
  missing: string[];
  rowsExpected: number;
  rowsFound: number;
}

/**
 * Compares the read-back with the vetted file. « publié » is said only when the portal's columns
 * are exactly the vetted ones (the proof that removed columns are absent) and its row count is
 * ours. `sameColumn` lets an engine that renames fields (Opendatasoft) say when two names match.
 */
export function compareReadBack(
  file: Pick<VettedFile, 'columns' | 'rowCount'>,
  readBack: PortalReadBack,
  sameColumn: (portalName: string, vettedName: string) => boolean = (a, b) => a === b,
): ReadBackMismatch | null {
  const unexpected = readBack.columns.filter((name) => !file.columns.some((column) => sameColumn(name, column)));
  const missing = file.columns.filter((column) => !readBack.columns.some((name) => sameColumn(name, column)));
  const sameCount = readBack.columns.length === file.columns.length;
  if (unexpected.length === 0 && missing.length === 0 && sameCount && readBack.rowCount === file.rowCount) return null;
  return { unexpected, missing, rowsExpected: file.rowCount, rowsFound: readBack.rowCount };
}
