/**
 * Counts the distinct values of one column, up to a bound, without cutting each cell out of the
 * decoded text: a cell is known by a 64-bit hash of its characters, taken straight from the
 * block. Two different values sharing all 64 bits would be counted as one; with at most 10 000
 * values per column that chance is below one in 10^11, which the profile accepts.
 */

/** The values of a column and how many cells hold each: plain data, to send between threads. */
export interface DistinctValuesState {
  values: string[];
  counts: number[];
  capped: boolean;
}

const EMPTY_SLOT = 0;

/**
 * FNV-1a and a shift-and-add hash side by side: the two halves of the 64-bit identity. The
 * second half is left in `lastHigh`, so that hashing a cell allocates nothing.
 */
let lastHigh = 0;
function hashSpan(text: string, start: number, end: number): number {
  let low = 0x811c9dc5;
  let high = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    low = Math.imul(low ^ c, 0x01000193);
    high = ((high << 5) - high + c) | 0;
  }
  // Final mix, so that the low bits used for the slot depend on every character.
  low ^= low >>> 16;
  low = Math.imul(low, 0x85ebca6b);
  low ^= low >>> 13;
  lastHigh = high;
  return low;
}

/**
 * A copy of a string that does not keep alive the block it was cut from: V8 shares the memory of
 * a long substring with its parent, which would pin a whole decoded block per kept value.
 */
export function detachedCopy(text: string): string {
  // Shorter substrings are copies already (V8 shares from 13 characters on).
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** Distinct values with their counts, up to `limit`; past it counting stops (`capped`). */
export class DistinctValues {
  private slots = new Int32Array(64);
  private lows = new Int32Array(32);
  private highs = new Int32Array(32);
  private counts = new Float64Array(32);
  private readonly values: string[] = [];
  capped = false;

  constructor(readonly limit: number) {}

  /** Distinct values counted. */
  get size(): number {
    return this.values.length;
  }

  /** Counts the value made of the characters `start` to `end` of `text`. */
  addSpan(text: string, start: number, end: number): void {
    if (this.capped) return;
    const low = hashSpan(text, start, end);
    const high = lastHigh;
    const mask = this.slots.length - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY_SLOT) {
        if (this.values.length >= this.limit) {
          this.capped = true;
          return;
        }
        this.insert(slot, low, high, detachedCopy(text.slice(start, end)), 1);
        return;
      }
      if (this.lows[entry - 1] === low && this.highs[entry - 1] === high) {
        this.counts[entry - 1]!++;
        return;
      }
    }
  }

  /** Counts one value. */
  add(value: string): void {
    this.addSpan(value, 0, value.length);
  }

  private insert(slot: number, low: number, high: number, value: string, count: number): void {
    const index = this.values.length;
    if (index === this.lows.length) {
      this.lows = grow(this.lows, new Int32Array(index * 2));
      this.highs = grow(this.highs, new Int32Array(index * 2));
      this.counts = grow(this.counts, new Float64Array(index * 2));
    }
    this.values.push(value);
    this.lows[index] = low;
    this.highs[index] = high;
    this.counts[index] = count;
    this.slots[slot] = index + 1;
    if (this.values.length * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.values.length; index++) {
      let slot = this.lows[index]! & mask;
      while (slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }

  /** The `n` most frequent values, the most frequent first, ties in text order. */
  top(n: number): { value: string; count: number }[] {
    return this.values
      .map((value, index) => ({ value, count: this.counts[index]! }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      .slice(0, n);
  }

  /** Plain data for another thread. */
  state(): DistinctValuesState {
    return { values: this.values.slice(), counts: Array.from(this.counts.subarray(0, this.values.length)), capped: this.capped };
  }

  /**
   * Adds the counts of another part of the same column. A value the other part counted is
   * added while the bound allows; once capped, nothing more is counted — so the counts of a
   * capped column are those of the cells read before each part reached its bound.
   */
  merge(other: DistinctValuesState): void {
    for (let i = 0; i < other.values.length && !this.capped; i++) this.addCount(other.values[i]!, other.counts[i]!);
    if (other.capped) this.capped = true;
  }

  private addCount(value: string, count: number): void {
    const low = hashSpan(value, 0, value.length);
    const high = lastHigh;
    const mask = this.slots.length - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY_SLOT) {
        if (this.values.length >= this.limit) this.capped = true;
        else this.insert(slot, low, high, value, count);
        return;
      }
      if (this.lows[entry - 1] === low && this.highs[entry - 1] === high) {
        this.counts[entry - 1]! += count;
        return;
      }
    }
  }
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
