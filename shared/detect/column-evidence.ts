/**
 * What the scan has counted in one column so far: plain, bounded, mergeable data, so that a
 * column scanned in parts (by row ranges, in several workers) adds up to the same evidence.
 */

import type { PersonalSpanKind } from './free-text-spans.js';
import type { MaskStyle } from './masking.js';
import { maskExample } from './masking.js';

/** Counts for one detector, with a few rows and masked examples for the clerk. */
export interface DetectorTally {
  /** Cells that matched the pattern. */
  matched: number;
  /** Of those, cells whose checksum or dictionary check validated. */
  validated: number;
  /** Up to `MAX_EXAMPLE_ROWS` 0-based data rows, in order met. */
  rows: number[];
  /** Up to `MAX_MASKED_EXAMPLES` masked values. */
  masked: string[];
}

/** The detectors the column scanner runs, one tally each. */
export const DETECTORS = [
  'nir', 'nirWithoutKey', 'iban', 'bic', 'businessId', 'vat', 'phone', 'mobilePhone', 'email', 'roleEmail', 'nominativeEmail',
  'carPlate', 'ip', 'address', 'streetName', 'coordinates', 'preciseCoordinates', 'date', 'partialDate', 'year', 'firstName',
  'firstNameWord', 'surname', 'capitalised', 'fullName', 'surnameFirst', 'notPerson', 'sex', 'civility', 'postalCode', 'legalFormSoleTrader',
  'freeTextCell', 'identifierShape',
] as const;

/** One detector's name. */
export type DetectorName = (typeof DETECTORS)[number];

/** Date statistics for the birth-date profile (reference §3.12), bounded in size. */
export interface DateProfile {
  /** Ages 0–120 on the reference date, one slot per year; other ages are counted apart. */
  ageHistogram: number[];
  outOfRangeAges: number;
  weekend: number;
  firstOfMonth: number;
  minYear: number;
  maxYear: number;
}

/** Everything one column's scan has counted. */
export interface ColumnEvidence {
  columnIndex: number;
  columnName: string;
  /** Non-empty cells examined. */
  examined: number;
  /** Sum of cell lengths, for the mean length of text. */
  totalLength: number;
  /** Distinct values met, up to `MAX_DISTINCT` (then `distinctCapped`). */
  distinctValues: string[];
  distinctCapped: boolean;
  tallies: Record<DetectorName, DetectorTally>;
  dates: DateProfile;
  /** Personal-data spans found in free text, per kind. */
  spans: Record<PersonalSpanKind, number>;
}

/** Bounds that keep a column's evidence constant in memory. */
export const MAX_EXAMPLE_ROWS = 5;
export const MAX_MASKED_EXAMPLES = 3;
export const MAX_DISTINCT = 2000;

function emptyTally(): DetectorTally {
  return { matched: 0, validated: 0, rows: [], masked: [] };
}

/** Fresh evidence for a column. */
export function emptyEvidence(columnIndex: number, columnName: string): ColumnEvidence {
  const tallies = {} as Record<DetectorName, DetectorTally>;
  for (const detector of DETECTORS) tallies[detector] = emptyTally();
  return {
    columnIndex,
    columnName,
    examined: 0,
    totalLength: 0,
    distinctValues: [],
    distinctCapped: false,
    tallies,
    dates: { ageHistogram: new Array<number>(121).fill(0), outOfRangeAges: 0, weekend: 0, firstOfMonth: 0, minYear: 9999, maxYear: 0 },
    spans: { email: 0, phone: 0, nir: 0, iban: 0, 'titled-name': 0 },
  };
}

function mergeTally(into: DetectorTally, from: DetectorTally, rowOffset: number): void {
  into.matched += from.matched;
  into.validated += from.validated;
  for (const row of from.rows) if (into.rows.length < MAX_EXAMPLE_ROWS) into.rows.push(row + rowOffset);
  for (const value of from.masked) if (into.masked.length < MAX_MASKED_EXAMPLES) into.masked.push(value);
}

/**
 * Adds the evidence of a later part of the same column (rows after those of `into`) to `into`;
 * the later part's example rows are counted from its own first row, `rowOffset` in `into`.
 * Distinct values are merged up to the bound.
 */
export function mergeEvidence(into: ColumnEvidence, from: ColumnEvidence, rowOffset = 0): ColumnEvidence {
  into.examined += from.examined;
  into.totalLength += from.totalLength;
  if (into.distinctCapped) {
    // Past the bound already: nothing more is kept.
  } else {
    const distinct = new Set(into.distinctValues);
    for (const value of from.distinctValues) {
      if (distinct.size >= MAX_DISTINCT) {
        if (!distinct.has(value)) into.distinctCapped = true;
        continue;
      }
      distinct.add(value);
    }
    into.distinctValues = [...distinct];
    into.distinctCapped ||= from.distinctCapped;
  }
  for (const detector of DETECTORS) mergeTally(into.tallies[detector], from.tallies[detector], rowOffset);
  const dates = into.dates;
  from.dates.ageHistogram.forEach((count, age) => {
    dates.ageHistogram[age] = (dates.ageHistogram[age] ?? 0) + count;
  });
  dates.outOfRangeAges += from.dates.outOfRangeAges;
  dates.weekend += from.dates.weekend;
  dates.firstOfMonth += from.dates.firstOfMonth;
  dates.minYear = Math.min(dates.minYear, from.dates.minYear);
  dates.maxYear = Math.max(dates.maxYear, from.dates.maxYear);
  for (const kind of Object.keys(into.spans) as (keyof ColumnEvidence['spans'])[]) into.spans[kind] += from.spans[kind];
  return into;
}

/** How a hit's example is shown: masked in a style, not at all, or as is (a sex or a legal form). */
export type HitExample = MaskStyle | 'none' | 'clear';

/** The example `text` gives once shown as `example` says. */
export function hitExample(text: string, example: HitExample): string {
  return example === 'none' ? '' : example === 'clear' ? text : maskExample(text, example);
}

/** Records one hit of a detector on a row, keeping the examples bounded (masked only when kept). */
export function recordHit(tally: DetectorTally, rowIndex: number, validated: boolean, text: string, example: HitExample): void {
  tally.matched += 1;
  if (validated) tally.validated += 1;
  if (tally.rows.length < MAX_EXAMPLE_ROWS) tally.rows.push(rowIndex);
  if (tally.masked.length < MAX_MASKED_EXAMPLES) tally.masked.push(hitExample(text, example));
}
