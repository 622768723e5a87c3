import type { Cell } from './cell.js';
import type { ColumnProfile, ValueCount } from './table-info.js';
import { emptyKindCounts, inferColumnType, type KindCounts } from './column-type.js';
import { classifyCell, parseDate, parseNumber } from './value-parse.js';

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
 * empty cells, distinct values up to `distinctLimit` (beyond it the profile says the count is
 * capped), min/max, most frequent values and a histogram drawn from a fixed-size sample.
 */
export class ColumnProfiler {
  private readonly kinds: KindCounts = emptyKindCounts();
  private readonly values = new Map<string, number>();
  private capped = false;
  private minNumber = Infinity;
  private maxNumber = -Infinity;
  private minText: string | null = null;
  private maxText: string | null = null;
  private minDate: string | null = null;
  private maxDate: string | null = null;
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
    const kind = classifyCell(cell);
    this.kinds.counts[kind]++;
    if (kind === 'empty' || kind === 'error') return;
    const text = typeof cell === 'string' ? cell : String(cell);
    this.countValue(text);
    if (typeof cell === 'string' && (kind === 'integer' || kind === 'code')) this.noteDigitString(cell.trim());
    switch (kind) {
      case 'integer':
      case 'decimal':
        this.addNumber(typeof cell === 'number' ? cell : (parseNumber(text) ?? 0));
        break;
      case 'date':
      case 'datetime':
        this.addDate(parseDate(text)?.iso ?? text);
        break;
      default:
        this.addText(text);
    }
  }

  private countValue(text: string): void {
    const seen = this.values.get(text);
    if (seen !== undefined) this.values.set(text, seen + 1);
    else if (this.values.size < this.distinctLimit) this.values.set(text, 1);
    else this.capped = true;
  }

  private noteDigitString(s: string): void {
    if (!/^\d+$/.test(s)) return;
    this.kinds.digitStrings++;
    if (this.kinds.digitLength === null) this.kinds.digitLength = s.length;
    else if (this.kinds.digitLength !== s.length) this.kinds.digitLengthsVary = true;
  }

  private addNumber(value: number): void {
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

  private addDate(iso: string): void {
    if (this.minDate === null || iso < this.minDate) this.minDate = iso;
    if (this.maxDate === null || iso > this.maxDate) this.maxDate = iso;
    const year = Number(iso.slice(0, 4));
    if (this.years.size < 400 || this.years.has(year)) this.years.set(year, (this.years.get(year) ?? 0) + 1);
  }

  private addText(text: string): void {
    if (this.minText === null || text < this.minText) this.minText = text;
    if (this.maxText === null || text > this.maxText) this.maxText = text;
  }

  /** The profile of the column so far (final once every cell has been added). */
  profile(index: number, name: string, headerPath: string[]): ColumnProfile {
    const type = inferColumnType(this.kinds);
    const numeric = type === 'integer' || type === 'decimal';
    const dated = type === 'date' || type === 'datetime';
    const top: ValueCount[] = [...this.values.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_SIZE)
      .map(([value, count]) => ({ value, count }));
    return {
      index,
      name,
      type,
      empty: this.kinds.counts.empty,
      distinct: this.values.size,
      distinctCapped: this.capped,
      min: numeric ? this.finite(this.minNumber) : dated ? this.minDate : this.minText ?? this.finite(this.minNumber),
      max: numeric ? this.finite(this.maxNumber) : dated ? this.maxDate : this.maxText ?? this.finite(this.maxNumber),
      top,
      histogram: numeric ? this.numberHistogram() : dated ? this.yearHistogram() : [],
      errors: this.kinds.counts.error,
      headerPath,
    };
  }

  private finite(value: number): number | null {
    return Number.isFinite(value) ? value : null;
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
