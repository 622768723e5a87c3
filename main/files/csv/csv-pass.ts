import { AppError } from '../../../shared/errors.js';
import type { Row } from '../../../shared/table/cell.js';
import { parseCsvText } from '../../../shared/table/csv-text.js';
import { SingleByteEvidence } from '../../../shared/table/encoding-evidence.js';
import { TableAssembler } from '../../../shared/table/table-assembler.js';
import { recordDecoder } from '../../../shared/table/text-decoding.js';
import type { SourceFile } from '../file-access.js';
import { ChunkIndex } from './chunk-index.js';
import type { CsvDialect } from './csv-dialect.js';
import { lastRecordEnd } from './record-cut.js';

/** Bytes read at a time; each read becomes one block of the row index. */
export const BLOCK_BYTES = 512 * 1024;
/** A record longer than this is refused (`file.line-too-long`): no clerk's table has one. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** Rows shown before the first pass ends. */
export const FIRST_WINDOW_ROWS = 100;

/** What the first pass hands back: the table's shape and profile, and the index of its records. */
export interface CsvPassResult {
  assembler: TableAssembler;
  index: ChunkIndex;
  /** Evidence on every non-ASCII byte of the file, when the encoding was a statistical guess. */
  evidence: SingleByteEvidence | null;
}

/** Callbacks and overrides of one pass. */
export interface CsvPassOptions {
  headerRow?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onFirstRows?: (rows: Row[], assembler: TableAssembler) => void;
}

/** The byte of the record terminator (LF or CR) in the file's code units. */
export function terminatorByte(dialect: CsvDialect): number {
  return dialect.terminator === '\n' ? 0x0a : 0x0d;
}

/**
 * Reads a CSV file once, block by block, never holding more than a block and one record:
 * decodes each block of whole records, parses it, finds the header, profiles the columns and
 * records where each block starts. Decoding a guessed UTF-8 is strict, so that a file that is
 * not UTF-8 after all throws `InvalidTextError` and is read again in the right code page.
 */
export async function runCsvPass(file: SourceFile, dialect: CsvDialect, options: CsvPassOptions): Promise<CsvPassResult> {
  const decoder = recordDecoder(dialect.encoding, !dialect.encodingCertain);
  const evidence = dialect.encodingCertain || dialect.encoding === 'utf-8' ? null : new SingleByteEvidence();
  const assembler = new TableAssembler(options.headerRow === undefined ? {} : { headerRow: options.headerRow });
  const index = new ChunkIndex();
  const terminator = terminatorByte(dialect);
  const firstRows: Row[] = [];
  let firstShown = false;
  let buffer = Buffer.allocUnsafe(BLOCK_BYTES * 2);
  let filled = 0;
  let blockStart = dialect.bomLength;
  let position = dialect.bomLength;
  let record = 0;

  const keep = (rows: Row[]): void => {
    for (const row of rows) if (firstRows.length < FIRST_WINDOW_ROWS) firstRows.push(row);
    if (!firstShown && firstRows.length >= FIRST_WINDOW_ROWS) {
      firstShown = true;
      options.onFirstRows?.(firstRows, assembler);
    }
  };

  // The next block is read while this one is parsed: disk and parser work side by side.
  const incoming = Buffer.allocUnsafe(BLOCK_BYTES);
  const readAt = (at: number): Promise<number> => (at < file.size ? file.read(incoming, 0, Math.min(BLOCK_BYTES, file.size - at), at) : Promise.resolve(0));
  let nextRead = readAt(position);
  for (;;) {
    if (options.signal?.aborted) throw new AppError('job.cancelled');
    const read = await nextRead;
    if (filled + read > buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    incoming.copy(buffer, filled, 0, read);
    position += read;
    filled += read;
    const atEnd = read === 0 || position >= file.size;
    nextRead = atEnd ? Promise.resolve(0) : readAt(position);
    const cut = atEnd ? filled - (filled % dialect.layout.unit) : lastRecordEnd(buffer, 0, filled, terminator, dialect.layout);
    if (cut === -1) {
      if (filled > MAX_RECORD_BYTES) throw new AppError('file.line-too-long', { record: record + 1, maxMegabytes: MAX_RECORD_BYTES / 1048576 });
      continue;
    }
    if (cut > 0) {
      const bytes = buffer.subarray(0, cut);
      index.add(blockStart, record);
      evidence?.feed(bytes);
      const text = decoder.decode(bytes);
      parseCsvText(text, dialect.delimiter, dialect.terminator, (fields) => {
        keep(assembler.push(record, fields));
        record++;
      });
    }
    buffer.copy(buffer, 0, cut, filled);
    filled -= cut;
    blockStart += cut;
    options.onProgress?.(position, file.size);
    if (atEnd) break;
  }
  keep(assembler.finish());
  if (!firstShown) options.onFirstRows?.(firstRows, assembler);
  index.records = record;
  index.endOffset = blockStart;
  return { assembler, index, evidence };
}
