import type { ColumnEvidence } from '../../../shared/detect/column-evidence.js';
import type { CalendarDate } from '../../../shared/detect/dates.js';
import type { PersonalDataFinding } from '../../../shared/detect/finding.js';
import { FULL_SCAN_CELLS } from '../../../shared/detect/column-scanner.js';
import { OutcomeMemory } from '../../../shared/detect/outcome-memory.js';
import { judgeScannedTable, mergeScannedParts, scanPartFor, TableScanPart, type PartScanSetup, type ScannedPart } from '../../../shared/detect/table-scan-part.js';
import { AppError } from '../../../shared/errors.js';
import type { Row } from '../../../shared/table/cell.js';
import type { RecordSpans } from '../../../shared/table/csv-records.js';
import type { SingleByteEvidence } from '../../../shared/table/encoding-evidence.js';
import { TableAssembler } from '../../../shared/table/table-assembler.js';
import { InvalidTextError } from '../../../shared/table/text-decoding.js';
import type { SourceFile } from '../file-access.js';
import { ChunkIndex } from './chunk-index.js';
import { readBlocks } from './csv-blocks.js';
import type { CsvDialect } from './csv-dialect.js';
import { PARALLEL_READING, partBounds } from './csv-part-bounds.js';
import { readPart, RecordFeeder, type PartSetup, type RangePart } from './csv-range.js';
import type { RangeHelper } from './csv-range-helper.js';

/** Rows shown before the first pass ends. */
export const FIRST_WINDOW_ROWS = 100;
/** Preliminary findings are posted at most this often. */
const PRELIMINARY_EVERY_MS = 1000;

/** The personal-data scan run in the same pass. */
export interface PassScan {
  referenceDate?: CalendarDate;
  /** Examine every row instead of sampling past the first cells of each column (slower: the pre-flight check). */
  everyRow?: boolean;
  /** The findings the rows read so far support, about once a second. */
  onPreliminary?: (rowsScanned: number, findings: PersonalDataFinding[]) => void;
}

/** What the first pass hands back: the table's shape and profile, and the index of its records. */
export interface CsvPassResult {
  assembler: TableAssembler;
  index: ChunkIndex;
  /** Evidence on every non-ASCII byte of the file, when the encoding was a statistical guess. */
  evidence: SingleByteEvidence | null;
  /** The personal-data evidence of every column, when a scan was asked. */
  scan: ColumnEvidence[] | null;
}

/** Callbacks and overrides of one pass. */
export interface CsvPassOptions {
  headerRow?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onFirstRows?: (rows: Row[], assembler: TableAssembler) => void;
  scan?: PassScan;
  /**
   * Starts a second thread to read parts of a large file (null when the file is not worth it).
   * Called once the first window is shown, so that its start-up does not delay it.
   */
  startHelper?: () => RangeHelper | null;
}

/**
 * Reads a CSV file once: decodes each block of whole records, reads the records in place,
 * finds the header, profiles the columns (and scans them for personal data when asked) and
 * indexes where each block starts. The head of the file — header, first window, what the
 * columns hold — is read here; with a helper thread, the rest is cut into parts that both
 * threads take in turn, and the parts are merged in file order.
 */
export async function runCsvPass(file: SourceFile, dialect: CsvDialect, options: CsvPassOptions): Promise<CsvPassResult> {
  const feeder = new RecordFeeder(dialect);
  let headScan: TableScanPart | null = null;
  const scan = options.scan;
  const memory = new OutcomeMemory();
  const assembler = new TableAssembler({
    ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }),
    ...(scan
      ? {
          readerFor: (table: TableAssembler) => {
            headScan = new TableScanPart((index) => table.columnName(index), { memory, everyRow: scan.everyRow === true, ...(scan.referenceDate ? { referenceDate: scan.referenceDate } : {}) });
            return headScan;
          },
        }
      : {}),
  });
  const index = new ChunkIndex();
  let helper: RangeHelper | null = null;
  let record = 0;
  let bytesDone = 0;
  const onBytes = (bytes: number): void => {
    bytesDone += bytes;
    options.onProgress?.(Math.min(bytesDone, file.size), file.size);
  };

  let firstRows: Row[] | null = [];
  const showFirstRows = (moreToRead: boolean): void => {
    if (firstRows === null) return;
    options.onFirstRows?.(firstRows.slice(0, FIRST_WINDOW_ROWS), assembler);
    firstRows = null;
    if (assembler.body) assembler.body.collect = null;
    if (!moreToRead) return;
    helper = options.startHelper?.() ?? null;
    if (helper) helper.onBytes = onBytes;
  };
  const onRecord = (spans: RecordSpans): void => {
    const body = assembler.body;
    if (body !== null) body.pushRecord(spans);
    else {
      const released = assembler.push(record, spans.toRow());
      if (firstRows !== null) {
        firstRows.push(...released);
        if (assembler.body) assembler.body.collect = firstRows;
      }
    }
    record++;
    if (firstRows !== null && firstRows.length >= FIRST_WINDOW_ROWS) showFirstRows(true);
  };
  const parts: ScannedPart[] = [];
  let partAt: (index: number) => RangePart | undefined = () => undefined;
  let lastPreliminary = Date.now();
  const readSequentially = (from: number, until: number): Promise<number> =>
    readBlocks({ file, dialect, from, until, recordsRead: () => record, onBytes, ...(options.signal ? { signal: options.signal } : {}) }, (offset, bytes) => {
      index.add(offset, record);
      feeder.feed(bytes, onRecord);
      postPreliminary();
    });

  const headStart = dialect.bomLength;
  const headEnd = await readBlocks({ file, dialect, from: headStart, until: file.size, recordsRead: () => record, onBytes, ...(options.signal ? { signal: options.signal } : {}) }, (offset, bytes) => {
    index.add(offset, record);
    feeder.feed(bytes, onRecord);
    postPreliminary();
    // The head goes on until the helper thread is up, so that no time is lost waiting for it —
    // but not in a scanning pass: its head, hence its parts and the rows they sample, must not
    // depend on when the helper starts (the same file always gives the same evidence).
    const body = assembler.body;
    const waitForHelper = PARALLEL_READING.headWaitsForHelper && !scan;
    if (helper === null || (waitForHelper && !helper.ready) || body === null || firstRows !== null) return true;
    const read = offset + bytes.length - headStart;
    const scanHeadDone = !scan || body.rowCount >= FULL_SCAN_CELLS || read >= 4 * PARALLEL_READING.headBytes;
    return !(read >= PARALLEL_READING.headBytes && scanHeadDone);
  });

  const end = headEnd < file.size ? await readParts(headEnd, helper as RangeHelper | null) : headEnd;
  if (firstRows !== null) firstRows.push(...assembler.finish());
  showFirstRows(false);
  index.records = record;
  index.endOffset = end;
  const resultScan = scan ? scanEvidence() : null;
  return { assembler, index, evidence: feeder.evidence, scan: resultScan };

  function scanEvidence(): ColumnEvidence[] {
    const head = headScan as TableScanPart | null;
    const all: ScannedPart[] = [{ evidence: head?.evidence() ?? [], firstRow: 0 }, ...parts];
    return mergeScannedParts(all, assembler.width);
  }

  /**
   * Reads `[from, end of file)` in parts on both threads, merging them in file order as they
   * come (so that parts never pile up); returns where the records end.
   */
  async function readParts(from: number, helper: RangeHelper | null): Promise<number> {
    const body = assembler.body;
    const bounds = helper === null || body === null ? [from, file.size] : await partBounds(file, dialect, from);
    if (helper === null || body === null || bounds.length <= 2) return readSequentially(from, file.size);
    const head = headScan as TableScanPart | null;
    const setup: PartSetup = {
      dialect,
      fullRowFill: body.fullRowFill,
      headerWidth: assembler.headerColumns,
      cappedColumns: body.distinctCapped(),
      textColumns: body.textSettled(),
      scan: head && scan
        ? { headers: Array.from({ length: assembler.width }, (_, c) => assembler.columnName(c)), ...head.followingParts(), everyRow: scan.everyRow === true, ...(scan.referenceDate ? { referenceDate: scan.referenceDate } : {}) }
        : null,
    };
    const count = bounds.length - 1;
    const counter = new SharedArrayBuffer(4);
    helper.assign({ type: 'parts', filePath: file.filePath, stamp: file.stamp, setup, bounds, counter });
    const taken = new Int32Array(counter);
    const own = new Map<number, RangePart>();
    partAt = (i) => own.get(i) ?? helper.part(i);
    let merged = 0;
    let expected = from;
    /** Merges the parts that follow the merged ones without a gap and need no second reading. */
    const mergeReady = (): void => {
      for (let part = partAt(merged); part !== undefined && merged < count; part = partAt(merged)) {
        if (part.start !== expected || (part.failure === null && part.body?.sawFullRow !== true)) return;
        if (part.failure) throw partFailure(part);
        for (let b = 0; b < part.blocks.length; b += 2) index.add(part.blocks[b]!, record + part.blocks[b + 1]!);
        record += part.records;
        const firstRow = body.absorb(part.body!);
        if (part.evidence) feeder.evidence?.merge(part.evidence);
        if (part.scan) parts.push({ evidence: part.scan, firstRow });
        expected = part.end;
        own.delete(merged);
        helper.forget(merged);
        merged++;
      }
    };
    let helperError: unknown = null;
    helper.onPart = () => {
      try {
        if (helperError === null) mergeReady();
      } catch (error) {
        helperError = error;
      }
      postPreliminary();
    };
    // The parts read in this thread remember what the head and the earlier parts met.
    const createScanner = (partSetup: PartScanSetup): TableScanPart => scanPartFor(partSetup, memory);
    for (let i = Atomics.add(taken, 0, 1); i < count; i = Atomics.add(taken, 0, 1)) {
      own.set(i, await readPart(file, setup, bounds[i]!, bounds[i + 1]!, { ...(options.signal ? { signal: options.signal } : {}), onBytes, createScanner }));
      if (helperError !== null) throw helperError;
      mergeReady();
      postPreliminary();
    }
    await helper.waitUntil(() => merged === count || helperError !== null || Array.from({ length: count - merged }, (_, k) => partAt(merged + k)).every((part) => part !== undefined), options.signal);
    helper.onPart = null;
    if (options.signal?.aborted) throw new AppError('job.cancelled');
    if (helperError !== null) throw helperError;
    // What is left was not merged as it came: read it here, after the parts before it — the
    // helper lost it, its start was inside a quoted field, or it holds no full row (only the
    // rows before tell what its rows are).
    for (mergeReady(); merged < count; mergeReady()) {
      expected = await readSequentially(expected, bounds[merged + 1]!);
      own.delete(merged);
      helper.forget(merged);
      merged++;
    }
    partAt = () => undefined;
    return expected;

    function partFailure(part: RangePart): Error {
      const failure = part.failure!;
      if (failure.invalidText) return new InvalidTextError(dialect.encoding);
      const details = failure.details && typeof failure.details.record === 'number' ? { ...failure.details, record: record + failure.details.record } : failure.details;
      return new AppError(failure.code, details);
    }
  }

  /**
   * Posts, at most once a second, the findings the rows read so far support: the head (and
   * what was read after it here), then the parts read so far that follow it without a gap.
   */
  function postPreliminary(): void {
    const head = headScan as TableScanPart | null;
    const body = assembler.body;
    if (!scan?.onPreliminary || head === null || body === null || Date.now() - lastPreliminary < PRELIMINARY_EVERY_MS) return;
    lastPreliminary = Date.now();
    const read: ScannedPart[] = [{ evidence: head.evidence(), firstRow: 0 }];
    let rows = body.rowCount;
    for (let i = 0, part = partAt(0); part?.scan && part.body; part = partAt(++i)) {
      read.push({ evidence: part.scan, firstRow: rows });
      rows += part.body.dataRows;
    }
    const names = Array.from({ length: assembler.width }, (_, c) => assembler.columnName(c));
    scan.onPreliminary(rows, judgeScannedTable(mergeScannedParts(read, names.length), names).findings);
  }
}
