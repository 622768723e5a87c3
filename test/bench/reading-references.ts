// The references the reading benchmark compares `openTable` with, measured in the same run:
// the raw read of the file (the I/O floor) and a plain papaparse parse of its decoded text.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

/** Reads the file and counts its bytes: the I/O floor. */
export async function rawRead(file: string): Promise<number> {
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) bytes += (chunk as Buffer).length;
  if (bytes === 0) throw new Error('empty file');
  return performance.now() - started;
}

/**
 * papaparse 5 over the file decoded as UTF-8 by the stream (fed raw bytes, papaparse would
 * corrupt characters cut by a chunk boundary: the trap of the perf baselines), counting rows.
 */
export function papaparseParse(file: string, delimiter = ';'): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  let rows = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 }), {
      delimiter,
      step: () => {
        rows++;
      },
      complete: () => resolve({ ms: performance.now() - started, rows }),
      error: (error) => reject(error),
    });
  });
}

/** The median of some measures. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
