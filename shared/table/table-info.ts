import type { ColumnType, Row } from './cell.js';

/** The kinds of file Atelier opens, recognised by content rather than by extension. */
export type SourceFormat = 'csv' | 'xlsx' | 'xls' | 'ods';

/**
 * The clerk's overrides when opening a file: each one replaces what detection would pick.
 * `headerRow` is 1-based (a sheet row, or a CSV record); `0` means "no header row".
 */
export interface ReadOptions {
  sheet?: string;
  headerRow?: number;
  encoding?: string;
  delimiter?: string;
}

/** One value and how many cells hold it, for the "most frequent values" list of a column. */
export interface ValueCount {
  value: string;
  count: number;
}

/**
 * What the preview shows about one column, computed over the whole column in one streaming
 * pass. Distinct values are tracked up to a bound (see `distinctCapped`): beyond it `distinct`
 * is a lower bound and `top` counts only the values met before the bound was reached. A large
 * CSV file is read in parts on two threads and the parts' profiles merged: counts, types,
 * empties, errors, distinct values below the bound and numeric or date bounds are exact; the
 * histogram is drawn from a sample redrawn per part; a capped column's `top` counts the cells
 * each part read before its own bound; a column that turns to text at a part's cut may take
 * its text bounds from a few more cells than one pass would. Values are told apart by a 64-bit
 * hash (a collision between two of at most 10 000 values is below one chance in 10^11).
 */
export interface ColumnProfile {
  index: number;
  name: string;
  type: ColumnType;
  empty: number;
  distinct: number;
  distinctCapped: boolean;
  min: string | number | null;
  max: string | number | null;
  top: ValueCount[];
  histogram: { label: string; count: number }[];
  /** Cells holding a spreadsheet error value such as `#N/A`; they count neither as empty nor as typed. */
  errors: number;
  /** The header text as written, part by part for a multi-row header (empty when there is no header row). */
  headerPath: string[];
}

/** One sheet of a workbook as the sheet picker lists it. */
export interface SheetSummary {
  name: string;
  hidden: boolean;
  rows: number;
  hasTable: boolean;
}

/** Everything known about an opened table: the answer of `atelier inspect` and of the preview header. */
export interface TableInfo {
  /** Base name of the file, never its full path. */
  file: string;
  format: SourceFormat;
  encoding: string | null;
  bom: boolean | null;
  delimiter: string | null;
  sheets: SheetSummary[];
  sheet: string | null;
  /** 1-based row (CSV: record) of the header; the last row of a multi-row header; null without header. */
  headerRow: number | null;
  /** Data rows below the header, trailing empty rows and footnote blocks excluded. */
  rowCount: number;
  columns: ColumnProfile[];
}

/** What `onFirstWindow` hands over: the table as known so far and its first rows. */
export interface FirstWindow {
  info: TableInfo;
  rows: Row[];
}
