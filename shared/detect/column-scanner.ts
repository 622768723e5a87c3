/**
 * The streaming column scanner: feed it a column's cells one by one (any number, in order), read
 * a preliminary verdict part-way, and the final one at the end. Memory stays bounded whatever the
 * column's length (a few counters, a few examples, at most `MAX_DISTINCT` distinct values).
 */

import { CellScan } from './cell-detectors.js';
import type { ColumnEvidence } from './column-evidence.js';
import { emptyEvidence } from './column-evidence.js';
import type { ColumnVerdict, HeaderReading } from './column-verdict.js';
import { judgeColumn } from './column-verdict.js';
import type { CalendarDate } from './dates.js';
import type { PersonalDataFinding } from './finding.js';
import { headerHint } from './header-hints.js';
import { secretHint } from './secret-hints.js';
import { normalizeHeader } from './text-fold.js';
import type { OutcomeMemory } from './outcome-memory.js';
import type { Cell } from '../table/cell.js';

/** A scanner for one column. */
export interface ColumnScanner {
  readonly columnIndex: number;
  /** Examines one cell of data row `rowIndex` (0-based, below the header). */
  add(cell: Cell, rowIndex: number): void;
  /** Whether `add` would examine a cell of row `rowIndex` (lets a reader skip cutting cells out). */
  needs(rowIndex: number): boolean;
  /** The finding the cells seen so far support (may change as more cells come). */
  preliminary(): PersonalDataFinding | null;
  /** The final finding of this column taken alone (no table context). */
  finish(): PersonalDataFinding | null;
  /** The full verdict, with the candidates only the table can confirm. */
  verdict(): ColumnVerdict;
  /** A copy of the evidence counted so far, plain data, mergeable with `mergeEvidence`. */
  evidence(): ColumnEvidence;
}

/**
 * Every cell of the first `FULL_SCAN_CELLS` non-empty cells is examined; past them the verdict is
 * settled and one row in `SAMPLE_STEP` is examined, which keeps a million-row scan within the
 * cost of reading the file. Evidence counts always say how many cells were examined.
 */
export const FULL_SCAN_CELLS = 10_000;
export const SAMPLE_STEP = 8;

/** Options of a scan; the reference date makes ages (birth dates) reproducible in tests. */
export interface ColumnScanOptions {
  referenceDate?: CalendarDate;
  /**
   * Non-empty cells examined one by one before sampling (`FULL_SCAN_CELLS` by default): a later
   * part of a file scanned apart gets what the earlier parts left of it. `Infinity` examines
   * every cell (the pre-flight check of an output, where one stray value matters).
   */
  fullScanCells?: number;
  /** The parts of the table before this one already met more distinct values than are kept. */
  distinctCapped?: boolean;
  /** Where the outcomes of values already met are kept: shared by the parts of a table one thread reads. */
  memory?: OutcomeMemory;
}

function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Reads the header once: its pointer and any « à examiner » secret word. */
export function readHeader(header: string | null): HeaderReading {
  return { hint: headerHint(header), secret: secretHint(header) };
}

/** Creates a scanner for the column `columnIndex` whose header is `header` (null when none). */
export function createColumnScanner(header: string | null, columnIndex: number, options: ColumnScanOptions = {}): ColumnScanner {
  const reading = readHeader(header);
  const normalized = normalizeHeader(header ?? '');
  const evidence = emptyEvidence(columnIndex, header ?? '');
  // The merged evidence keeps no more distinct values than the earlier parts did: none are counted here.
  evidence.distinctCapped = options.distinctCapped === true;
  const cells = new CellScan(evidence, {
    freeText: reading.hint?.kind === 'free-text',
    coordinatesHeader: reading.hint?.kind === 'coordinates',
    referenceDate: options.referenceDate ?? today(),
    ...(options.memory ? { memory: options.memory } : {}),
  });
  const snapshot = (): ColumnEvidence => {
    evidence.distinctValues = [...cells.distinct];
    return evidence;
  };
  const fullScanCells = options.fullScanCells ?? FULL_SCAN_CELLS;
  return {
    columnIndex,
    needs(rowIndex) {
      return evidence.examined < fullScanCells || rowIndex % SAMPLE_STEP === 0;
    },
    add(cell, rowIndex) {
      if (evidence.examined >= fullScanCells && rowIndex % SAMPLE_STEP !== 0) return;
      cells.add(cell, rowIndex);
      // Long text found in a column without a free-text header: look for personal data in it too.
      if (!cells.freeText && evidence.examined === 50 && evidence.totalLength / evidence.examined >= 30) cells.readAsFreeText();
    },
    preliminary() {
      return judgeColumn(snapshot(), reading, normalized).finding;
    },
    finish() {
      return judgeColumn(snapshot(), reading, normalized).finding;
    },
    verdict() {
      return judgeColumn(snapshot(), reading, normalized);
    },
    evidence() {
      return structuredClone(snapshot());
    },
  };
}

/** Judges evidence gathered elsewhere (e.g. merged from several workers) with its column's header. */
export function judgeEvidence(evidence: ColumnEvidence): ColumnVerdict {
  const header = evidence.columnName === '' ? null : evidence.columnName;
  return judgeColumn(evidence, readHeader(header), normalizeHeader(header ?? ''));
}
