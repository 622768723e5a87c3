/**
 * Where each block of records starts in a CSV file: the byte offset of the block and the number
 * of its first record. Blocks are cut where a record ends, so any window of rows is found by a
 * binary search and read from one or two blocks, without parsing the file from the top.
 */
export class ChunkIndex {
  private offsets: Float64Array = new Float64Array(256);
  private firstRecords: Float64Array = new Float64Array(256);
  private size = 0;
  /** Byte offset just past the last record of the file. */
  endOffset = 0;
  /** Records in the whole file. */
  records = 0;

  /** Records that a block starts at `offset` with record number `firstRecord`. */
  add(offset: number, firstRecord: number): void {
    if (this.size === this.offsets.length) {
      const grow = (from: Float64Array): Float64Array => {
        const to = new Float64Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.offsets = grow(this.offsets);
      this.firstRecords = grow(this.firstRecords);
    }
    this.offsets[this.size] = offset;
    this.firstRecords[this.size] = firstRecord;
    this.size++;
  }

  get blocks(): number {
    return this.size;
  }

  /** The block holding record `record` (0-based), or -1 when the file has fewer records. */
  blockOf(record: number): number {
    if (record < 0 || record >= this.records || this.size === 0) return -1;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstRecords[mid]! <= record) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Byte range and first record of a block. */
  block(i: number): { start: number; end: number; firstRecord: number } {
    return {
      start: this.offsets[i]!,
      end: i + 1 < this.size ? this.offsets[i + 1]! : this.endOffset,
      firstRecord: this.firstRecords[i]!,
    };
  }
}
