import type { Cell } from './cell.js';
import type { ColumnProfile, ValueCount } from './table-info.js';
import { dateKeyToIso, isBlankText, readText } from './cell-reading.js';
import { emptyKindCounts, inferColumnType, type KindCounts } from './column-type.js';
import type { CellKind } from './value-parse.js';

/** How many values the "most frequent values" list shows. */
const TOP_SIZE = 5;
/** Numeric values kept (reservoir sample) to draw the histogram after the pass. */
const SAMPLE_SIZE = 2048;
const HISTOGRAM_BINS = 10;

/** A small deterministic generator, so that the same file always gives the same histogram. */
function nextSeed(seed: number): number {
  return (Math.imul(seed, 1664525) + 1013904223) >>> 0;
}

function numberLabel(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return String(rounded);
}

/**
 * Profiles one column in a single streaming pass with bounded memory: kinds for the type,
 * empty cells, distinct values up to `distinctLimit` (past it counting stops and the profile
 * says the count is capped: `distinct` is then a lower bound and the most frequent values come
 * from the cells read before), min/max, and a histogram drawn from a fixed-size sample.
 * Once a column holds text its type is settled, and cells are no longer classified: that keeps
 * the pass fast on files of millions of rows.
 */
export class ColumnProfiler {
  private readonly kinds: KindCounts = emptyKindCounts();
  /** Count per distinct value, boxed so that counting a value seen before is one lookup. */
  private readonly values = new Map<string, { n: number }>();
  private capped = false;
  private settledText = false;
  private minNumber = Infinity;
  private maxNumber = -Infinity;
  private minText: string | null = null;
  private maxText: string | null = null;
  private minDate = Infinity;
  private maxDate = -Infinity;
  private readonly sample: number[] = [];
  private numbersSeen = 0;
  private seed = 0x9e3779b9;
  private readonly years = new Map<number, number>();

  constructor(private readonly distinctLimit: number) {}

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
    if (this.settledText) {
      if (isBlankText(cell)) this.kinds.counts.empty++;
      else if (cell.charCodeAt(0) === 35 && readText(cell).kind === 'error') this.kinds.counts.error++;
      else this.addText(cell);
      return;
    }
    const reading = readText(cell);
    const kind: CellKind = reading.kind;
    this.kinds.counts[kind]++;
    switch (kind) {
      case 'empty':
      case 'error':
        return;
      case 'integer':
        this.noteDigitString(cell);
        this.addNumber(reading.value, cell);
        return;
      case 'decimal':
        this.addNumber(reading.value, cell);
        return;
      case 'date':
      case 'datetime':
        this.addDate(reading.value, cell);
        return;
      case 'text':
        this.settledText = true;
        this.addText(cell);
        return;
      default:
        this.addText(cell);
    }
  }

  private addTyped(cell: number | boolean): void {
    if (typeof cell === 'boolean') {
      this.kinds.counts.boolean++;
      this.countValue(cell ? 'true' : 'false');
      return;
    }
    this.kinds.counts[Number.isInteger(cell) ? 'integer' : 'decimal']++;
    this.addNumber(cell, String(cell));
  }

  private countValue(text: string): void {
    if (this.capped) return;
    const values = this.values;
    const seen = values.get(text);
    if (seen !== undefined) seen.n++;
    else if (values.size < this.distinctLimit) values.set(text, { n: 1 });
    else this.capped = true;
  }

  private noteDigitString(s: string): void {
    const c0 = s.charCodeAt(0);
    if (c0 < 48 || c0 > 57 || s.length !== s.trim().length) return;
    this.kinds.digitStrings++;
    if (this.kinds.digitLength === null) this.kinds.digitLength = s.length;
    else if (this.kinds.digitLength !== s.length) this.kinds.digitLengthsVary = true;
  }

  private addNumber(value: number, text: string): void {
    this.countValue(text);
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

  private addDate(key: number, text: string): void {
    this.countValue(text);
    if (key < this.minDate) this.minDate = key;
    if (key > this.maxDate) this.maxDate = key;
    const year = Math.floor(key / 1e10);
    const seen = this.years.get(year);
    if (seen !== undefined) this.years.set(year, seen + 1);
    else if (this.years.size < 400) this.years.set(year, 1);
  }

  private addText(text: string): void {
    this.countValue(text);
    if (this.minText === null || text < this.minText) this.minText = text;
    if (this.maxText === null || text > this.maxText) this.maxText = text;
  }

  /** The profile of the column so far (final once every cell has been added). */
  profile(index: number, name: string, headerPath: string[]): ColumnProfile {
    const type = inferColumnType(this.kinds);
    const numeric = type === 'integer' || type === 'decimal';
    const dated = type === 'date' || type === 'datetime';
    const top: ValueCount[] = [...this.values.entries()]
      .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_SIZE)
      .map(([value, count]) => ({ value, count: count.n }));
    const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
    const iso = (key: number): string | null => (Number.isFinite(key) ? dateKeyToIso(key) : null);
    return {
      index,
      name,
      type,
      empty: this.kinds.counts.empty,
      distinct: this.values.size,
      distinctCapped: this.capped,
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
