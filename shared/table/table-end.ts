import type { Row } from './cell.js';
import { filledCells } from './header-detect.js';

/** A footnote or legend block under a table is short; past this many rows it is data. */
const MAX_FOOTNOTE_ROWS = 50;

/**
 * Decides where a table ends while its rows stream by, in constant memory. Rows are held back
 * only while they could still be the end of the sheet rather than the table: blank rows, and
 * sparse rows (a third or less of a full row) that come after a blank row — a legend, a
 * source note. A full row releases everything held; at the end of the file what is still held
 * is dropped. Blank rows inside the table, and totals rows stuck to it, are thus kept.
 */
export class TableEnd {
  private held: Row[] = [];
  private heldFilled = 0;

  constructor(readonly fullRowFill: number) {}

  /** Takes the next row; returns the rows now known to belong to the table, in order. */
  push(row: Row): Row[] {
    const fill = filledCells(row);
    if (this.holds(fill)) {
      this.hold(row, fill);
      return [];
    }
    const released = this.release();
    released.push(row);
    return released;
  }

  /**
   * Whether a row with `fill` non-blank cells must be held back (then pass it to `hold`); when
   * not, it belongs to the table and so does everything held before it (take it with `release`).
   */
  holds(fill: number): boolean {
    if (fill === 0) return true;
    return this.isSparse(fill) && this.held.length > 0 && this.heldFilled < MAX_FOOTNOTE_ROWS;
  }

  /** Whether a row with `fill` non-blank cells is sparse: a third of a full row or less. */
  isSparse(fill: number): boolean {
    return fill * 3 <= this.fullRowFill;
  }

  /** Holds back a row `holds` said must wait. */
  hold(row: Row, fill: number): void {
    this.held.push(row);
    if (fill > 0) this.heldFilled++;
  }

  /** The rows held so far, now known to belong to the table; nothing is held afterwards. */
  release(): Row[] {
    const released = this.held;
    this.held = [];
    this.heldFilled = 0;
    return released;
  }

  /** Rows held back right now: at the end of the file, blank rows and footnotes, not part of the table. */
  get heldRows(): readonly Row[] {
    return this.held;
  }

  /** Non-blank rows among those held (footnote lines). */
  get heldFootnotes(): number {
    return this.heldFilled;
  }

  /** Rows held back when the file ends: blank rows and footnotes, not part of the table. */
  get droppedAtEnd(): number {
    return this.held.length;
  }

  /** Holds again rows another part of the file held at its end (see `TableBody.absorb`). */
  restore(rows: readonly Row[], footnotes: number): void {
    this.held = rows.slice();
    this.heldFilled = footnotes;
  }
}
