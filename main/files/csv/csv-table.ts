import { judgeScannedTable } from '../../../shared/detect/table-scan-part.js';
import type { TableFindings } from '../../../shared/detect/table-verdict.js';
import { AppError } from '../../../shared/errors.js';
import type { Cell, Row } from '../../../shared/table/cell.js';
import { parseCsvText, skipCsvRecords } from '../../../shared/table/csv-text.js';
import { SingleByteEvidence } from '../../../shared/table/encoding-evidence.js';
import type { FirstWindow, TableInfo } from '../../../shared/table/table-info.js';
import { InvalidTextError, recordDecoder, type RecordDecoder } from '../../../shared/table/text-decoding.js';
import { displayName, type SourceFile } from '../file-access.js';
import type { OpenedTable, OpenTableOptions } from '../open-table.js';
import type { ChunkIndex } from './chunk-index.js';
import { detectDialect, type CsvDialect } from './csv-dialect.js';
import { BLOCK_BYTES } from './csv-blocks.js';
import { PARALLEL_READING } from './csv-part-bounds.js';
import { runCsvPass, type CsvPassResult } from './csv-pass.js';
import { RangeHelper } from './csv-range-helper.js';

const HEAD_BYTES = 1024 * 1024;
const ROWS_PER_BATCH = 1000;

function describe(file: SourceFile, dialect: CsvDialect, pass: Pick<CsvPassResult, 'assembler'>): TableInfo {
  const layout = pass.assembler.layout;
  return {
    file: displayName(file.filePath),
    format: 'csv',
    encoding: dialect.encoding,
    bom: dialect.bom,
    delimiter: dialect.delimiter,
    sheets: [],
    sheet: null,
    headerRow: layout?.headerEnd === null || layout?.headerEnd === undefined ? null : layout.headerEnd + 1,
    rowCount: pass.assembler.rowCount,
    columns: pass.assembler.columns(),
  };
}

/** Every non-ASCII byte of the file, counted to choose its code page on evidence from all of it. */
async function wholeFileEvidence(file: SourceFile, from: number, signal?: AbortSignal): Promise<SingleByteEvidence> {
  const evidence = new SingleByteEvidence();
  const buffer = Buffer.allocUnsafe(BLOCK_BYTES * 2);
  for (let position = from; position < file.size; ) {
    if (signal?.aborted) throw new AppError('job.cancelled');
    const read = await file.read(buffer, 0, buffer.length, position);
    if (read === 0) break;
    evidence.feed(buffer.subarray(0, read));
    position += read;
  }
  return evidence;
}

/** A helper thread for a file large enough to be worth splitting (one-byte encodings only). */
function helperFor(file: SourceFile, dialect: CsvDialect): RangeHelper | null {
  return file.size >= PARALLEL_READING.minFileBytes && dialect.layout.unit === 1 ? RangeHelper.start() : null;
}

/**
 * Runs the first pass, and runs it again in the right code page when the evidence of the whole
 * file contradicts the guess made from its head: UTF-8 that turns out invalid further down, or
 * a code page that reads the rest of the file worse than another one.
 */
async function passWithSettledEncoding(file: SourceFile, dialect: CsvDialect, options: OpenTableOptions): Promise<{ dialect: CsvDialect; pass: CsvPassResult }> {
  let current = dialect;
  const passOptions = {
    ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.scan ? { scan: options.scan } : {}),
    onFirstRows: (rows: Row[], assembler: CsvPassResult['assembler']) => {
      options.onFirstWindow?.({ info: describe(file, current, { assembler }), rows: padRows(rows, assembler.width) } satisfies FirstWindow);
    },
  };
  const run = async (): Promise<CsvPassResult> => {
    let helper: RangeHelper | null = null;
    const startHelper = (): RangeHelper | null => (helper = helperFor(file, current));
    try {
      return await runCsvPass(file, current, { ...passOptions, startHelper });
    } finally {
      await (helper as RangeHelper | null)?.stop();
    }
  };
  try {
    const pass = await run();
    const best = pass.evidence?.best();
    if (pass.evidence === null || best === undefined || best === current.encoding || pass.evidence.highBytes === 0) return { dialect: current, pass };
    current = { ...current, encoding: best, encodingCertain: true };
  } catch (error) {
    if (!(error instanceof InvalidTextError)) throw error;
    const evidence = await wholeFileEvidence(file, current.bomLength, options.signal);
    current = { ...current, encoding: evidence.best(), encodingCertain: true };
  }
  return { dialect: current, pass: await run() };
}

function padRows(rows: Row[], width: number): Row[] {
  return rows.map((row) => fitRow(row, width));
}

function fitRow(row: Row, width: number): Row {
  if (row.length === width) return row;
  if (row.length > width) return row.slice(0, width);
  const out = row.slice();
  while (out.length < width) out.push(null);
  return out;
}

function toCells(fields: string[], width: number): Row {
  const out: Cell[] = new Array<Cell>(width);
  for (let i = 0; i < width; i++) {
    const field = fields[i];
    out[i] = field === undefined || field === '' ? null : field;
  }
  return out;
}

/** An opened CSV file: rows are read back from the file by block, through the index. */
class CsvTable implements OpenedTable {
  private readonly decoder: RecordDecoder;
  private readonly firstRecord: number;

  constructor(
    private readonly file: SourceFile,
    private readonly dialect: CsvDialect,
    private readonly index: ChunkIndex,
    readonly info: TableInfo,
    dataStart: number,
    readonly findings: TableFindings | undefined,
  ) {
    this.decoder = recordDecoder(dialect.encoding);
    this.firstRecord = dataStart;
  }

  /** Records of one block, parsed, from record `from` (absolute), at most `limit` of them. */
  private async blockRecords(block: number, from: number, limit: number): Promise<Row[]> {
    const { start, end, firstRecord } = this.index.block(block);
    const bytes = Buffer.allocUnsafe(end - start);
    const read = await this.file.read(bytes, 0, bytes.length, start);
    const text = this.decoder.decode(bytes.subarray(0, read));
    const width = this.info.columns.length;
    const rows: Row[] = [];
    // The records before `from` are passed over, not parsed: a row in the middle of a block
    // (a page of a sorted view scatters its rows over the whole file) costs a scan, not a parse.
    const skip = Math.max(0, from - firstRecord);
    const offset = skip === 0 ? 0 : skipCsvRecords(text, skip, this.dialect.terminator);
    parseCsvText(offset === 0 ? text : text.slice(offset), this.dialect.delimiter, this.dialect.terminator, (fields) => {
      rows.push(toCells(fields, width));
      return rows.length < limit;
    });
    return rows;
  }

  async readRows(start: number, count: number): Promise<Row[]> {
    await this.file.checkUnchanged();
    const first = Math.max(0, start);
    const last = Math.min(this.info.rowCount, start + count);
    const rows: Row[] = [];
    let record = this.firstRecord + first;
    const lastRecord = this.firstRecord + last;
    while (record < lastRecord) {
      const block = this.index.blockOf(record);
      if (block === -1) break;
      const got = await this.blockRecords(block, record, lastRecord - record);
      if (got.length === 0) break;
      rows.push(...got);
      record += got.length;
    }
    return rows;
  }

  /** Block after block, each block read and parsed once. */
  async *rows(signal?: AbortSignal): AsyncIterable<Row[]> {
    await this.file.checkUnchanged();
    const last = this.firstRecord + this.info.rowCount;
    let batch: Row[] = [];
    for (let block = this.index.blockOf(this.firstRecord); block !== -1 && block < this.index.blocks; block++) {
      if (signal?.aborted) throw new AppError('job.cancelled');
      const from = Math.max(this.firstRecord, this.index.block(block).firstRecord);
      if (from >= last) break;
      for (const row of await this.blockRecords(block, from, last - from)) {
        batch.push(row);
        if (batch.length === ROWS_PER_BATCH) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}

/**
 * Opens a CSV/TSV/TXT file: detects the dialect from its head, reads it once (profiling every
 * column, checking the encoding on the whole file) and returns a table whose windows are read
 * back through the block index.
 */
export async function openCsvTable(file: SourceFile, options: OpenTableOptions): Promise<OpenedTable> {
  const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, file.size));
  const headRead = await file.read(head, 0, head.length, 0);
  const overrides = {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  };
  const dialect = detectDialect(head.subarray(0, headRead), overrides);
  if (headRead <= dialect.bomLength) throw new AppError('file.empty');
  const { dialect: settled, pass } = await passWithSettledEncoding(file, dialect, options);
  if (pass.index.records === 0 || pass.assembler.width === 0) throw new AppError('file.empty');
  const info = describe(file, settled, pass);
  const findings = pass.scan ? judgeScannedTable(pass.scan, info.columns.map((column) => column.name)) : undefined;
  return new CsvTable(file, settled, pass.index, info, pass.assembler.layout?.dataStart ?? 0, findings);
}
