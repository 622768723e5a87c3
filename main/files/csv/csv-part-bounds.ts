import type { SourceFile } from '../file-access.js';
import { terminatorByte } from './csv-blocks.js';
import type { CsvDialect } from './csv-dialect.js';

/**
 * When the first pass splits a file across two threads. Integration tests lower these bounds to
 * exercise the split on small files; nothing else changes them.
 */
export const PARALLEL_READING = {
  /** Below this size the file is read by the opening thread alone (a thread takes time to start). */
  minFileBytes: 24 * 1024 * 1024,
  /** The head read before splitting, where the header, the first window and the dialect settle. */
  headBytes: 2 * 1024 * 1024,
  /** No part is smaller than this: each part costs a little to merge. */
  minPartBytes: 4 * 1024 * 1024,
  /**
   * The head goes on until the helper thread is up, so that no time is lost waiting for it —
   * except in a scanning pass, whose sampled rows must not depend on that moment.
   */
  headWaitsForHelper: true,
};

/** Bytes searched after a nominal cut for a line break. */
const CUT_SEARCH_BYTES = 64 * 1024;

/**
 * Part sizes for two threads taking parts in turn: large parts first, smaller ones at the end,
 * so that both threads finish close together without many parts to merge.
 */
function partSizes(bytes: number): number[] {
  const sizes: number[] = [];
  let left = bytes;
  while (left > 0) {
    const size = Math.min(left, Math.max(PARALLEL_READING.minPartBytes, Math.ceil(left / 5)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/**
 * Cuts `[from, size)` into parts that start just after a line break: `[b0, b1), [b1, b2)…`
 * with `b0 = from` and the last bound the file size. A line break may lie inside a quoted
 * field; the reader of the part before finds out, and that part is then read again.
 */
export async function partBounds(file: SourceFile, dialect: CsvDialect, from: number): Promise<number[]> {
  const terminator = terminatorByte(dialect);
  const bounds = [from];
  const probe = Buffer.allocUnsafe(CUT_SEARCH_BYTES);
  let nominal = from;
  for (const size of partSizes(file.size - from)) {
    nominal += size;
    if (nominal >= file.size) break;
    const read = await file.read(probe, 0, CUT_SEARCH_BYTES, nominal);
    const lineBreak = probe.subarray(0, read).indexOf(terminator);
    const bound = lineBreak === -1 ? -1 : nominal + lineBreak + 1;
    if (bound > bounds[bounds.length - 1]! && bound < file.size) bounds.push(bound);
  }
  bounds.push(file.size);
  return bounds;
}
