import type { ColumnEvidence } from '../../../shared/detect/column-evidence.js';
import type { PartScanSetup } from '../../../shared/detect/table-scan-part.js';
import { isAppError, type ErrorCode } from '../../../shared/errors.js';
import { readRecords, RecordSpans } from '../../../shared/table/csv-records.js';
import { SingleByteEvidence, type SingleByteEvidenceState } from '../../../shared/table/encoding-evidence.js';
import { TableBody, type DataRowReader, type TableBodyState } from '../../../shared/table/table-body.js';
import { InvalidTextError, recordDecoder, type RecordDecoder } from '../../../shared/table/text-decoding.js';
import type { SourceFile } from '../file-access.js';
import { readBlocks } from './csv-blocks.js';
import type { CsvDialect } from './csv-dialect.js';

/**
 * Decodes blocks of whole records and reads their records in place (`RecordSpans`). Decoding a
 * guessed UTF-8 is strict, so that a file that is not UTF-8 after all throws `InvalidTextError`;
 * a guessed code page gathers evidence on every non-ASCII byte to be checked at the end.
 */
export class RecordFeeder {
  private readonly decoder: RecordDecoder;
  private readonly spans = new RecordSpans();
  readonly evidence: SingleByteEvidence | null;

  constructor(private readonly dialect: CsvDialect) {
    this.decoder = recordDecoder(dialect.encoding, !dialect.encodingCertain);
    this.evidence = dialect.encodingCertain || dialect.encoding === 'utf-8' ? null : new SingleByteEvidence();
  }

  /** Reads every record of a block of whole records. */
  feed(bytes: Uint8Array, onRecord: (spans: RecordSpans) => void): void {
    this.evidence?.feed(bytes);
    const text = this.decoder.decode(bytes);
    readRecords(text, this.dialect.delimiter, this.dialect.terminator, this.spans, onRecord);
  }
}

export type { PartScanSetup };

/** The scanner of a part's rows: reads rows, hands back its evidence. */
export interface PartScanner extends DataRowReader {
  evidence(): ColumnEvidence[];
}

/** Everything a thread needs to read a part of the file, settled from the head of the file. */
export interface PartSetup {
  dialect: CsvDialect;
  fullRowFill: number;
  headerWidth: number;
  /** Columns whose distinct values the head already capped: the parts need not count them. */
  cappedColumns: boolean[];
  /** Columns the head found to hold text: the parts read them as text, as one pass would. */
  textColumns: boolean[];
  scan: PartScanSetup | null;
}

/** Why a part could not be read; it only counts if the part's start proves to be a record start. */
export interface PartFailure {
  code: ErrorCode;
  details?: Record<string, string | number | boolean | null>;
  /** The bytes are not valid in the guessed encoding. */
  invalidText?: boolean;
}

/**
 * One part of the file, read apart. `start` was taken for a record start (just after a line
 * break); the part before checks it. `end` is where the part's last record ends.
 */
export interface RangePart {
  start: number;
  end: number;
  records: number;
  /** Offset and record number (from 0 in the part) of each block, flat: [offset, record, …]. */
  blocks: number[];
  body: TableBodyState | null;
  evidence: SingleByteEvidenceState | null;
  scan: ColumnEvidence[] | null;
  failure: PartFailure | null;
}

/** Hooks of the reading of a part. */
export interface PartHooks {
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
  createScanner?: (setup: PartScanSetup) => PartScanner;
}

/**
 * Reads the records of `[start, end)` — up to the first record end at or after `end` — into a
 * body of its own: counts, profiles, row index and, when asked, the personal-data scan. What
 * goes wrong is returned, not thrown, since it only matters if `start` proves right.
 */
export async function readPart(file: SourceFile, setup: PartSetup, start: number, end: number, hooks: PartHooks = {}): Promise<RangePart> {
  const feeder = new RecordFeeder(setup.dialect);
  const body = new TableBody(setup.fullRowFill, setup.headerWidth);
  body.cappedColumns = setup.cappedColumns;
  body.textColumns = setup.textColumns;
  const scanner = setup.scan && hooks.createScanner ? hooks.createScanner(setup.scan) : null;
  body.reader = scanner;
  const blocks: number[] = [];
  let records = 0;
  const onRecord = (spans: RecordSpans): void => {
    body.pushRecord(spans);
    records++;
  };
  const part: RangePart = { start, end, records: 0, blocks, body: null, evidence: null, scan: null, failure: null };
  try {
    part.end = await readBlocks(
      { file, dialect: setup.dialect, from: start, until: end, recordsRead: () => records, ...(hooks.signal ? { signal: hooks.signal } : {}), ...(hooks.onBytes ? { onBytes: hooks.onBytes } : {}) },
      (offset, bytes) => {
        blocks.push(offset, records);
        feeder.feed(bytes, onRecord);
      },
    );
  } catch (error) {
    if (error instanceof InvalidTextError) part.failure = { code: 'file.invalid-text', invalidText: true };
    else if (isAppError(error)) part.failure = { code: error.code, ...(error.details ? { details: { ...error.details } } : {}) };
    else throw error;
    return part;
  }
  part.records = records;
  part.body = body.state();
  part.evidence = feeder.evidence?.state() ?? null;
  part.scan = scanner?.evidence() ?? null;
  return part;
}
