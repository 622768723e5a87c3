import { AppError } from '../../../shared/errors.js';
import type { SourceFile } from '../file-access.js';
import type { CsvDialect } from './csv-dialect.js';
import { firstRecordEndFrom, lastRecordEnd } from './record-cut.js';

/** Bytes read at a time; each read becomes one block of the row index. */
export const BLOCK_BYTES = 512 * 1024;
/** Bytes read at a time past the end of a range, to finish the record that crosses it. */
const TAIL_BYTES = 64 * 1024;
/** A record longer than this is refused (`file.line-too-long`): no clerk's table has one. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** The byte of the record terminator (LF or CR) in the file's code units. */
export function terminatorByte(dialect: CsvDialect): number {
  return dialect.terminator === '\n' ? 0x0a : 0x0d;
}

/** Where and how to read a range of records. */
export interface BlockReading {
  file: SourceFile;
  dialect: CsvDialect;
  /** Where the first record starts. */
  from: number;
  /** Reading stops at the first record end at or after this offset (the file size: read to the end). */
  until: number;
  signal?: AbortSignal;
  /** Records read so far, for the message of a record too long. */
  recordsRead: () => number;
  /** Bytes of the file read so far, for progress. */
  onBytes?: (bytes: number) => void;
}

/**
 * Reads whole records from `from`, block by block, never holding more than a block and one
 * record, and hands each block of whole records to `onBlock` with its offset in the file; stops
 * at the first record end at or after `until`, or when `onBlock` returns false. The next block
 * is read while this one is handled: disk and parser work side by side. Returns where the next
 * record starts.
 */
export async function readBlocks(reading: BlockReading, onBlock: (offset: number, bytes: Uint8Array) => boolean | void): Promise<number> {
  const { file, dialect, signal } = reading;
  const size = file.size;
  const terminator = terminatorByte(dialect);
  const until = Math.min(reading.until, size);
  let buffer = Buffer.allocUnsafe(BLOCK_BYTES * 2);
  let filled = 0;
  let blockStart = reading.from;
  let position = reading.from;
  const incoming = Buffer.allocUnsafe(BLOCK_BYTES);
  const readAt = (at: number): Promise<number> => {
    if (at >= size) return Promise.resolve(0);
    const length = at < until ? Math.min(BLOCK_BYTES, until - at) : Math.min(TAIL_BYTES, size - at);
    return file.read(incoming, 0, length, at);
  };
  let nextRead = readAt(position);
  try {
    return await readLoop();
  } finally {
    // A read started ahead and no longer needed must not fail unobserved.
    nextRead.catch(() => 0);
  }

  async function readLoop(): Promise<number> {
    for (;;) {
      if (signal?.aborted) throw new AppError('job.cancelled');
      const read = await nextRead;
      if (filled + read > buffer.length) {
        const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, filled + read));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      incoming.copy(buffer, filled, 0, read);
      position += read;
      filled += read;
      reading.onBytes?.(read);
      const atEnd = read === 0 || position >= size;
      const pastUntil = position >= until;
      let cut: number;
      if (atEnd && !(pastUntil && until < size)) cut = filled - (filled % dialect.layout.unit);
      else if (pastUntil) cut = firstRecordEndFrom(buffer, 0, filled, until - blockStart, terminator);
      else cut = lastRecordEnd(buffer, 0, filled, terminator, dialect.layout);
      if (cut === -1 && atEnd) cut = filled - (filled % dialect.layout.unit);
      nextRead = atEnd || (cut !== -1 && pastUntil) ? Promise.resolve(0) : readAt(position);
      if (cut === -1) {
        if (filled > MAX_RECORD_BYTES) throw new AppError('file.line-too-long', { record: reading.recordsRead() + 1, maxMegabytes: MAX_RECORD_BYTES / 1048576 });
        continue;
      }
      const goOn = cut > 0 ? onBlock(blockStart, buffer.subarray(0, cut)) : true;
      blockStart += cut;
      if (atEnd || pastUntil || goOn === false) return blockStart;
      buffer.copy(buffer, 0, cut, filled);
      filled -= cut;
    }
  }
}
