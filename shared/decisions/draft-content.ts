/**
 * Everything a clerk's work in progress holds besides the source file's path (which stays in
 * main): how the file is read, what the scan found, what was dismissed or decided, the metadata
 * and the output settings. Saved in the draft on each change, restored at start.
 */
import type { FindingCategory, PersonalDataFinding } from '../detect/finding.js';
import type { DatasetMetadata } from '../metadata/model.js';
import type { ColumnType } from '../table/cell.js';
import type { ReadOptions } from '../table/table-info.js';
import type { DecisionHistory } from './decision-history.js';

/** A column of the source table as the draft remembers it. */
export interface DraftColumn {
  index: number;
  name: string;
  type: ColumnType;
}

/** The clerk's statement that a finding is a false positive, with the reason, kept for the history. */
export interface FindingDismissal {
  columnIndex: number;
  category: FindingCategory;
  reason: string;
}

/** The CSV written for a portal: separator and byte-order mark depend on the portal profile. */
export interface OutputOptions {
  delimiter: ';' | ',';
  bom: boolean;
  /** Base name of the CSV (without folder), or null to derive it from the source file's name. */
  fileName: string | null;
}

/** What pre-flight found in the output: personal data the detectors still see, or a formula-like cell. */
export interface PreflightIssue {
  /** The source column the output column comes from. */
  columnIndex: number;
  /** The column's name in the output. */
  columnName: string;
  kind: 'personal-data' | 'formula';
  /** For `personal-data`: what the detectors saw. */
  category: FindingCategory | null;
  /** Cells concerned (for formulas: exact; for personal data: as the scan reports them). */
  cells: number;
  /** A few 0-based data rows of the output, for highlighting. */
  exampleRows: number[];
  /** Masked or shortened examples, never a clear personal value. */
  examples: string[];
  /** True when the issue blocks the export (see `preflightIssueIsCovered`). */
  blocking: boolean;
  /** The detector's French sentence, or the app's for formulas. */
  reason: string;
}

/** The pre-flight report kept in the draft and in the history. */
export interface PreflightReport {
  /** ISO date-time of the run. */
  ranAt: string;
  /** Data rows of the output scanned. */
  rowCount: number;
  /** SHA-256 of the output file scanned (hex). */
  outputSha256: string;
  issues: PreflightIssue[];
  /** True when no issue blocks. */
  passed: boolean;
}

/** The default output: `;`-separated UTF-8 with a BOM, which Excel in French opens correctly. */
export const DEFAULT_OUTPUT_OPTIONS: OutputOptions = { delimiter: ';', bom: true, fileName: null };

/** Everything saved in a draft except the source path. */
export interface DraftContent {
  /** Base name of the source file, for display. */
  sourceName: string;
  readOptions: ReadOptions;
  columns: DraftColumn[];
  findings: PersonalDataFinding[];
  /** Source columns the scan found to be quasi-identifiers (informative, not flagged by themselves). */
  quasiIdentifiers: number[];
  dismissals: FindingDismissal[];
  decisions: DecisionHistory;
  metadata: Partial<DatasetMetadata>;
  output: OutputOptions;
  /** The latest pre-flight report, or null before the first one. */
  preflight: PreflightReport | null;
}
