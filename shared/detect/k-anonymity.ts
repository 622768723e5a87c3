/**
 * Re-identification risk over the quasi-identifier columns the clerk picks (reference §9.2):
 * k-anonymity (the smallest group of rows sharing the same values), the rows in groups smaller
 * than the threshold, and the statistical-secrecy check of aggregated tables (small counts).
 */

import type { Cell } from '../table/cell.js';

/** Default group threshold for microdata (reference §6.7). */
export const DEFAULT_K_THRESHOLD = 5;
/** Threshold for social, health or tax data about individuals (DGFiP / INSEE practice). */
export const SENSITIVE_K_THRESHOLD = 11;

/** The risk figures of a set of quasi-identifiers. */
export interface KAnonymityReport {
  /** Smallest group size (0 for an empty table). */
  k: number;
  threshold: number;
  rows: number;
  groups: number;
  /** Rows that are alone with their values. */
  uniqueRows: number;
  /** Rows in groups smaller than the threshold. */
  rowsBelowThreshold: number;
  /** The smallest groups, their values and size, for the clerk to see. */
  smallestGroups: { values: string[]; size: number }[];
}

/** Counts groups incrementally, so that a large table is measured in one streaming pass. */
export interface KAnonymityCounter {
  add(values: readonly Cell[]): void;
  report(): KAnonymityReport;
}

const SEPARATOR = '\u001f';

function keyOf(values: readonly Cell[]): string {
  return values.map((value) => (value === null ? '' : typeof value === 'string' ? value.trim() : String(value))).join(SEPARATOR);
}

/** Creates a counter; `add` takes the quasi-identifier values of one row, in a fixed order. */
export function createKAnonymityCounter(threshold = DEFAULT_K_THRESHOLD): KAnonymityCounter {
  const groups = new Map<string, number>();
  let rows = 0;
  return {
    add(values) {
      rows += 1;
      const key = keyOf(values);
      groups.set(key, (groups.get(key) ?? 0) + 1);
    },
    report() {
      let k = rows === 0 ? 0 : Number.POSITIVE_INFINITY;
      let uniqueRows = 0;
      let rowsBelowThreshold = 0;
      for (const size of groups.values()) {
        if (size < k) k = size;
        if (size === 1) uniqueRows += 1;
        if (size < threshold) rowsBelowThreshold += size;
      }
      const smallestGroups = [...groups.entries()]
        .sort((a, b) => a[1] - b[1])
        .slice(0, 10)
        .map(([key, size]) => ({ values: key.split(SEPARATOR), size }));
      return { k, threshold, rows, groups: groups.size, uniqueRows, rowsBelowThreshold, smallestGroups };
    },
  };
}

/** k-anonymity of rows already in memory, over the given columns. */
export function kAnonymity(rows: readonly (readonly Cell[])[], columnIndexes: readonly number[], threshold = DEFAULT_K_THRESHOLD): KAnonymityReport {
  const counter = createKAnonymityCounter(threshold);
  for (const row of rows) counter.add(columnIndexes.map((index) => row[index] ?? null));
  return counter.report();
}

/** A count cell of an aggregated table that falls under the statistical-secrecy threshold. */
export interface SmallCount {
  rowIndex: number;
  columnIndex: number;
  count: number;
}

/**
 * Finds the counts from 1 to threshold − 1 in the given count columns of an aggregated table
 * (statistical secrecy, loi n° 51-711 art. 6 and CRPA L311-5 2° h). Zero is not a small count:
 * it reveals no one.
 */
export function findSmallCounts(rows: readonly (readonly Cell[])[], countColumns: readonly number[], threshold = SENSITIVE_K_THRESHOLD): SmallCount[] {
  const found: SmallCount[] = [];
  rows.forEach((row, rowIndex) => {
    for (const columnIndex of countColumns) {
      const cell = row[columnIndex];
      const count = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\d+$/.test(cell.trim()) ? Number(cell) : NaN;
      if (Number.isInteger(count) && count >= 1 && count < threshold) found.push({ rowIndex, columnIndex, count });
    }
  });
  return found;
}
