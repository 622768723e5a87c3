import type { KindCounts } from './column-type.js';
import type { DistinctValuesState } from './distinct-values.js';

/**
 * Everything a column profiler has counted, as plain data: what a thread that profiled one part
 * of a file sends back, to be merged with the other parts into the profile of the whole column.
 */
export interface ColumnProfileState {
  kinds: KindCounts;
  distinct: DistinctValuesState;
  settledText: boolean;
  minNumber: number;
  maxNumber: number;
  minText: string | null;
  maxText: string | null;
  minDate: number;
  maxDate: number;
  /** The reservoir sample of the numbers, and how many numbers it stands for. */
  sample: number[];
  numbersSeen: number;
  seed: number;
  years: [number, number][];
}

/** Numeric values kept (reservoir sample) to draw the histogram after the pass. */
export const SAMPLE_SIZE = 2048;
/** Years tracked for the date histogram. */
export const MAX_YEARS = 400;

/** A small deterministic generator, so that the same file always gives the same histogram. */
export function nextSeed(seed: number): number {
  return (Math.imul(seed, 1664525) + 1013904223) >>> 0;
}

/** Adds the kind counts of another part of the column. */
export function mergeKinds(into: KindCounts, from: KindCounts): void {
  for (const kind of Object.keys(into.counts) as (keyof KindCounts['counts'])[]) into.counts[kind] += from.counts[kind];
  into.digitStrings += from.digitStrings;
  if (into.digitLength === null) into.digitLength = from.digitLength;
  else if (from.digitLength !== null && from.digitLength !== into.digitLength) into.digitLengthsVary = true;
  into.digitLengthsVary ||= from.digitLengthsVary;
}

/**
 * Two reservoir samples merged into one that stands for both parts: each kept value comes from
 * a part in proportion to the numbers that part saw, picked by the seeded generator.
 */
export function mergeSamples(a: number[], seenA: number, b: number[], seenB: number, seed: number): { sample: number[]; seed: number } {
  if (a.length + b.length <= SAMPLE_SIZE) return { sample: a.concat(b), seed };
  const fromA = Math.round((SAMPLE_SIZE * seenA) / Math.max(1, seenA + seenB));
  let next = seed;
  const pick = (source: number[], count: number): number[] => {
    const pool = source.slice();
    const kept = Math.min(count, pool.length);
    for (let i = 0; i < kept; i++) {
      next = nextSeed(next);
      const j = i + (next % (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, kept);
  };
  const keptA = pick(a, fromA);
  return { sample: keptA.concat(pick(b, SAMPLE_SIZE - keptA.length)), seed: next };
}

/** Adds the per-year counts of another part, keeping at most `MAX_YEARS` years. */
export function mergeYears(into: Map<number, number>, from: readonly [number, number][]): void {
  for (const [year, count] of from) {
    const seen = into.get(year);
    if (seen !== undefined) into.set(year, seen + count);
    else if (into.size < MAX_YEARS) into.set(year, count);
  }
}
