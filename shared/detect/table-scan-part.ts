/**
 * The personal-data scan of a table read in parts — byte ranges of a CSV file read by several
 * threads at once: each part scans its own rows with its own column scanners, and the parts'
 * evidence, merged in row order, is judged as one table. Reference §3 for the detectors; the
 * verdicts are those of `createTableScanner` on the same evidence.
 */

import type { Row } from '../table/cell.js';
import type { ColumnEvidence } from './column-evidence.js';
import { emptyEvidence, mergeEvidence } from './column-evidence.js';
import type { ColumnScanner } from './column-scanner.js';
import { createColumnScanner, FULL_SCAN_CELLS, judgeEvidence, SAMPLE_STEP } from './column-scanner.js';
import type { CalendarDate } from './dates.js';
import type { OutcomeMemory } from './outcome-memory.js';
import type { TableFindings } from './table-verdict.js';
import { judgeTable } from './table-verdict.js';

/** How a part scans. */
export interface ScanPartOptions {
  referenceDate?: CalendarDate;
  /**
   * Per column, the non-empty cells still to examine one by one before sampling: what the
   * parts before this one left of `FULL_SCAN_CELLS`. A part whose earlier parts examined enough
   * samples from its first row, as one scanner reading the whole table would.
   */
  fullScanCells?: readonly number[];
  /** Per column, whether the parts before already met more distinct values than are kept. */
  distinctCapped?: readonly boolean[];
  /** The outcomes of values already met, shared with the other parts this thread reads. */
  memory?: OutcomeMemory;
  /** Examine every row, never sample (see `ColumnScanOptions.fullScanCells`). */
  everyRow?: boolean;
}

/**
 * What the scan of a part read apart needs from the head of the table: its column names, what
 * is left of each column's full scan (`followingParts`), whether to examine every row.
 */
export interface PartScanSetup {
  headers: (string | null)[];
  fullScanCells: number[];
  distinctCapped: boolean[];
  referenceDate?: CalendarDate;
  /** Examine every row (the pre-flight check), not a sample past the first cells. */
  everyRow?: boolean;
}

/** The scanner of a part set up by the head; `memory` is shared by the parts one thread reads. */
export function scanPartFor(setup: PartScanSetup, memory: OutcomeMemory): TableScanPart {
  return new TableScanPart((index) => setup.headers[index] ?? null, {
    fullScanCells: setup.fullScanCells,
    distinctCapped: setup.distinctCapped,
    memory,
    everyRow: setup.everyRow === true,
    ...(setup.referenceDate ? { referenceDate: setup.referenceDate } : {}),
  });
}

/** The evidence of one part, and the table row its first row is. */
export interface ScannedPart {
  evidence: readonly ColumnEvidence[];
  firstRow: number;
}

/**
 * Scans the rows of one part of a table. Rows are numbered from 0 within the part; columns
 * appear as rows get wider, named by `headerOf` (null when a column has no header).
 */
export class TableScanPart {
  private readonly columns: ColumnScanner[] = [];
  /** Every column is past its full scan (checked again at `checkSamplingAt`). */
  private sampling = false;
  private checkSamplingAt = 0;

  constructor(
    private readonly headerOf: (index: number) => string | null,
    private readonly options: ScanPartOptions = {},
  ) {}

  /** Whether `read` would examine any cell of row `rowIndex`, whose last filled cell is column `width - 1`. */
  wants(rowIndex: number, width: number): boolean {
    if (this.options.everyRow === true || width > this.columns.length || rowIndex % SAMPLE_STEP === 0) return true;
    // Past their full scan, every column samples the same rows: ask them only now and then.
    if (this.sampling && rowIndex < this.checkSamplingAt) return false;
    this.sampling = this.columns.every((column) => !column.needs(rowIndex));
    this.checkSamplingAt = rowIndex + 1024;
    return !this.sampling;
  }

  /** Examines the cells of row `rowIndex` that the column scanners still want. */
  read(row: Row, rowIndex: number): void {
    while (this.columns.length < row.length) {
      const index = this.columns.length;
      const fullScanCells = this.options.everyRow === true ? Infinity : (this.options.fullScanCells?.[index] ?? FULL_SCAN_CELLS);
      const options = {
        fullScanCells,
        distinctCapped: this.options.distinctCapped?.[index] === true,
        ...(this.options.referenceDate ? { referenceDate: this.options.referenceDate } : {}),
        ...(this.options.memory ? { memory: this.options.memory } : {}),
      };
      this.columns.push(createColumnScanner(this.headerOf(index), index, options));
      this.sampling = false;
    }
    const columns = this.columns;
    for (let c = 0; c < columns.length; c++) columns[c]!.add(row[c] ?? null, rowIndex);
  }

  /** Copies of the evidence gathered so far, one per column met. */
  evidence(): ColumnEvidence[] {
    return this.columns.map((column) => column.evidence());
  }

  /**
   * What the next parts need of this one, the first: per column, the non-empty cells still to
   * examine one by one, and whether its distinct values are past the bound already.
   */
  followingParts(): { fullScanCells: number[]; distinctCapped: boolean[] } {
    const evidence = this.evidence();
    const fullScan = this.options.everyRow === true ? Infinity : FULL_SCAN_CELLS;
    return { fullScanCells: evidence.map((column) => Math.max(0, fullScan - column.examined)), distinctCapped: evidence.map((column) => column.distinctCapped) };
  }
}

/**
 * The evidence of each of `width` columns over all parts, merged in row order (example rows
 * renumbered from the top of the table). Columns a part never met count nothing there.
 */
export function mergeScannedParts(parts: readonly ScannedPart[], width: number): ColumnEvidence[] {
  const merged: ColumnEvidence[] = [];
  for (let c = 0; c < width; c++) {
    const into = emptyEvidence(c, '');
    for (const part of parts) {
      const evidence = part.evidence[c];
      if (evidence !== undefined) mergeEvidence(into, evidence, part.firstRow);
    }
    merged.push(into);
  }
  return merged;
}

/**
 * The table's findings from merged evidence, each column judged under its final name (an
 * empty name reads as no header), then weighed against the others as `judgeTable` does.
 */
export function judgeScannedTable(evidence: readonly ColumnEvidence[], names: readonly string[]): TableFindings {
  const verdicts = names.map((name, c) => {
    const column = { ...(evidence[c] ?? emptyEvidence(c, name)), columnIndex: c, columnName: name };
    return judgeEvidence(column);
  });
  return judgeTable(verdicts);
}
