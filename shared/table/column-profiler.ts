import type { Cell } from './cell.js';
import type { ColumnProfile, ValueCount } from './table-info.js';
import { dateKeyToIso, isBlankSpan, readSpan } from './cell-reading.js';
import { MAX_YEARS, mergeKinds, mergeSamples, mergeYears, nextSeed, SAMPLE_SIZE, type ColumnProfileState } from './column-profile-state.js';
import { emptyKindCounts, inferColumnType, type KindCounts } from './column-type.js';
import { DistinctValues, detachedCopy } from './distinct-values.js';
import type { CellKind } from './value-parse.js';

/** How many values the "most frequent values" list shows. */
const TOP_SIZE = 5;
const HISTOGRAM_BINS = 10;

function numberLabel(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return String(rounded);
}

/** White space as `String.prototype.trim` removes it. */
function isTrimmedAway(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Compares the characters `start` to `end` of `text` with `other` in string order (`<` on strings). */
function compareSpan(text: string, start: number, end: number, other: string): number {
  const n = Math.min(end - start, other.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - other.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - other.length;
}

/**
 * Profiles one column in a single streaming pass with bounded memory: kinds for the type,
 * empty cells, distinct values up to `distinctLimit` (past it counting stops and the profile
 * says the count is capped: `distinct` is then a lower bound and the most frequent values come
 * from the cells read before), min/max, and a histogram drawn from a fixed-size sample.
 * Once a column holds text its type is settled, and cells are no longer classified: that keeps
 * the pass fast on files of millions of rows. Text cells are read in place (`addSpan`), never
 * cut out of the decoded block; parts of a column profiled apart merge (`state`, `merge`).
 */
export class ColumnProfiler {
  private readonly kinds: KindCounts = emptyKindCounts();
  private readonly values: DistinctValues;
  private settledText = false;
  private minNumber = Infinity;
  private maxNumber = -Infinity;
  private minText: string | null = null;
  private maxText: string | null = null;
  private minDate = Infinity;
  private maxDate = -Infinity;
  private sample: number[] = [];
  private numbersSeen = 0;
  private seed = 0x9e3779b9;
  private readonly years = new Map<number, number>();

  constructor(distinctLimit: number) {
    this.values = new DistinctValues(distinctLimit);
  }

  /**
   * Counts no more distinct values, as if the bound were reached: for a part of a column read
   * apart when an earlier part already reached it (its counts could not be merged anyway).
   */
  stopCountingDistinct(): void {
    this.values.capped = true;
  }

  /**
   * Reads the next cells as those of a text column, unclassified: for a part of a column read
   * apart when an earlier part already found text in it, as one pass over the column would.
   */
  settleAsText(): void {
    this.settledText = true;
  }

  /** Whether a text cell settled the column's type, so that cells are no longer classified. */
  get textSettled(): boolean {
    return this.settledText;
  }

  /** Whether the distinct values reached their bound. */
  get distinctCapped(): boolean {
    return this.values.capped;
  }

  /** Counts `n` empty cells at once (rows read before this column first appeared). */
  addEmpties(n: number): void {
    this.kinds.counts.empty += n;
  }

  /** Takes one cell of the column into account. */
  add(cell: Cell): void {
    if (cell === null) {
      this.kinds.counts.empty++;
      return;
    }
    if (typeof cell !== 'string') {
      this.addTyped(cell);
      return;
    }
    this.addSpan(cell, 0, cell.length);
  }

  /** Takes into account the text cell made of the characters `start` to `end` of `text`. */
  addSpan(text: string, start: number, end: number): void {
    if (this.settledText) {
      if (isBlankSpan(text, start, end)) this.kinds.counts.empty++;
      else if (text.charCodeAt(start) === 35 && readSpan(text, start, end).kind === 'error') this.kinds.counts.error++;
      else this.addText(text, start, end);
      return;
    }
    const reading = readSpan(text, start, end);
    const kind: CellKind = reading.kind;
    this.kinds.counts[kind]++;
    switch (kind) {
      case 'empty':
      case 'error':
        return;
      case 'integer':
        this.noteDigitString(text, start, end);
        this.addNumber(reading.value, text, start, end);
        return;
      case 'decimal':
        this.addNumber(reading.value, text, start, end);
        return;
      case 'date':
      case 'datetime':
        this.addDate(reading.value, text, start, end);
        return;
      case 'text':
        this.settledText = true;
        this.addText(text, start, end);
        return;
      default:
        this.addText(text, start, end);
    }
  }

  private addTyped(cell: number | boolean): void {
    if (typeof cell === 'boolean') {
      this.kinds.counts.boolean++;
      this.values.add(cell ? 'true' : 'false');
      return;
    }
    this.kinds.counts[Number.isInteger(cell) ? 'integer' : 'decimal']++;
    const text = String(cell);
    this.addNumber(cell, text, 0, text.length);
  }

  private noteDigitString(text: string, start: number, end: number): void {
    const c0 = text.charCodeAt(start);
    if (c0 < 48 || c0 > 57 || isTrimmedAway(text.charCodeAt(end - 1))) return;
    this.kinds.digitStrings++;
    if (this.kinds.digitLength === null) this.kinds.digitLength = end - start;
    else if (this.kinds.digitLength !== end - start) this.kinds.digitLengthsVary = true;
  }

  private addNumber(value: number, text: string, start: number, end: number): void {
    this.values.addSpan(text, start, end);
    if (value < this.minNumber) this.minNumber = value;
    if (value > this.maxNumber) this.maxNumber = value;
    this.numbersSeen++;
    if (this.sample.length < SAMPLE_SIZE) {
      this.sample.push(value);
      return;
    }
    this.seed = nextSeed(this.seed);
    const slot = this.seed % this.numbersSeen;
    if (slot < SAMPLE_SIZE) this.sample[slot] = value;
  }

  private addDate(key: number, text: string, start: number, end: number): void {
    this.values.addSpan(text, start, end);
    if (key < this.minDate) this.minDate = key;
    if (key > this.maxDate) this.maxDate = key;
    const year = Math.floor(key / 1e10);
    const seen = this.years.get(year);
    if (seen !== undefined) this.years.set(year, seen + 1);
    else if (this.years.size < MAX_YEARS) this.years.set(year, 1);
  }

  private addText(text: string, start: number, end: number): void {
    this.values.addSpan(text, start, end);
    if (this.minText === null || compareSpan(text, start, end, this.minText) < 0) this.minText = detachedCopy(text.slice(start, end));
    if (this.maxText === null || compareSpan(text, start, end, this.maxText) > 0) this.maxText = detachedCopy(text.slice(start, end));
  }

  /** Everything counted so far, as plain data. */
  state(): ColumnProfileState {
    return {
      kinds: structuredClone(this.kinds),
      distinct: this.values.state(),
      settledText: this.settledText,
      minNumber: this.minNumber,
      maxNumber: this.maxNumber,
      minText: this.minText,
      maxText: this.maxText,
      minDate: this.minDate,
      maxDate: this.maxDate,
      sample: this.sample.slice(),
      numbersSeen: this.numbersSeen,
      seed: this.seed,
      years: [...this.years.entries()],
    };
  }

  /**
   * Adds what another profiler counted on a later part of the same column. Counts, kinds,
   * min/max and years add up exactly; the histogram's sample is redrawn in proportion to each
   * part; distinct values merge up to the bound (see `DistinctValues.merge`).
   */
  merge(other: ColumnProfileState): void {
    mergeKinds(this.kinds, other.kinds);
    this.values.merge(other.distinct);
    this.settledText ||= other.settledText;
    this.minNumber = Math.min(this.minNumber, other.minNumber);
    this.maxNumber = Math.max(this.maxNumber, other.maxNumber);
    if (other.minText !== null && (this.minText === null || other.minText < this.minText)) this.minText = other.minText;
    if (other.maxText !== null && (this.maxText === null || other.maxText > this.maxText)) this.maxText = other.maxText;
    this.minDate = Math.min(this.minDate, other.minDate);
    this.maxDate = Math.max(this.maxDate, other.maxDate);
    const merged = mergeSamples(this.sample, this.numbersSeen, other.sample, other.numbersSeen, this.seed);
    this.sample = merged.sample;
    this.seed = merged.seed;
    this.numbersSeen += other.numbersSeen;
    mergeYears(this.years, other.years);
  }

  /** The profile of the column so far (final once every cell has been added). */
  profile(index: number, name: string, headerPath: string[]): ColumnProfile {
    const type = inferColumnType(this.kinds);
    const numeric = type === 'integer' || type === 'decimal';
    const dated = type === 'date' || type === 'datetime';
    const top: ValueCount[] = this.values.top(TOP_SIZE);
    const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
    const iso = (key: number): string | null => (Number.isFinite(key) ? dateKeyToIso(key) : null);
    return {
      index,
      name,
      type,
      empty: this.kinds.counts.empty,
      distinct: this.values.size,
      distinctCapped: this.values.capped,
      min: numeric ? finite(this.minNumber) : dated ? iso(this.minDate) : (this.minText ?? finite(this.minNumber)),
      max: numeric ? finite(this.maxNumber) : dated ? iso(this.maxDate) : (this.maxText ?? finite(this.maxNumber)),
      top,
      histogram: numeric ? this.numberHistogram() : dated ? this.yearHistogram() : [],
      errors: this.kinds.counts.error,
      headerPath,
    };
  }

  private numberHistogram(): { label: string; count: number }[] {
    if (this.sample.length === 0) return [];
    const min = this.minNumber;
    const max = this.maxNumber;
    if (min === max) return [{ label: numberLabel(min), count: this.numbersSeen }];
    const width = (max - min) / HISTOGRAM_BINS;
    const bins = new Array<number>(HISTOGRAM_BINS).fill(0);
    for (const value of this.sample) bins[Math.min(HISTOGRAM_BINS - 1, Math.floor((value - min) / width))]!++;
    // The sample stands for every number seen: scale its counts back to the column.
    const scale = this.numbersSeen / this.sample.length;
    return bins.map((count, i) => ({
      label: `${numberLabel(min + i * width)} – ${numberLabel(min + (i + 1) * width)}`,
      count: Math.round(count * scale),
    }));
  }

  private yearHistogram(): { label: string; count: number }[] {
    const years = [...this.years.entries()].sort((a, b) => a[0] - b[0]);
    if (years.length <= 20) return years.map(([year, count]) => ({ label: String(year), count }));
    const decades = new Map<number, number>();
    for (const [year, count] of years) decades.set(year - (year % 10), (decades.get(year - (year % 10)) ?? 0) + count);
    return [...decades.entries()].map(([decade, count]) => ({ label: `${decade}–${decade + 9}`, count }));
  }
}
