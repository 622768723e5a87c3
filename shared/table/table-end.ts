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
  private readonly held: Row[] = [];
  private heldFilled = 0;

  constructor(private readonly fullRowFill: number) {}

  /** Takes the next row; returns the rows now known to belong to the table, in order. */
  push(row: Row): Row[] {
    const fill = filledCells(row);
    if (fill === 0) {
      this.held.push(row);
      return [];
    }
    const sparse = fill * 3 <= this.fullRowFill;
    if (sparse && this.held.length > 0 && this.heldFilled < MAX_FOOTNOTE_ROWS) {
      this.held.push(row);
      this.heldFilled++;
      return [];
    }
    const released = this.held.splice(0, this.held.length);
    this.heldFilled = 0;
    released.push(row);
    return released;
  }

  /** Rows held back when the file ends: blank rows and footnotes, not part of the table. */
  get droppedAtEnd(): number {
    return this.held.length;
  }
}
