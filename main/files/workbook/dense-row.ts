import type { Cell, Row } from '../../../shared/table/cell.js';
import { AppError } from '../../../shared/errors.js';

/**
 * Builds one row as the readers hand it over: dense from column A, gaps filled with null,
 * nothing after the last value. Refuses a value past `maxColumns`, so a stray cell at column
 * XFD cannot make every row 16 384 cells long.
 */
export class DenseRow {
  private cells: Cell[] = [];

  constructor(
    private readonly maxColumns: number,
    private readonly context: { file: string; sheet: string },
  ) {}

  /** Places a value; empty values only move nothing, as trailing nulls are never kept. */
  set(column: number, value: Cell): void {
    if (value === null) {
      if (column < this.cells.length) this.cells[column] = null;
      return;
    }
    if (column >= this.maxColumns) {
      throw new AppError('file.too-many-columns', { ...this.context, columns: column + 1, limit: this.maxColumns });
    }
    const cells = this.cells;
    while (cells.length < column) cells.push(null);
    if (column === cells.length) cells.push(value);
    else cells[column] = value;
  }

  /** The finished row, or null when it holds no value; the builder starts afresh. */
  take(): Row | null {
    const cells = this.cells;
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end -= 1;
    if (end === 0) {
      if (cells.length > 0) this.cells = [];
      return null;
    }
    if (end < cells.length) cells.length = end;
    this.cells = [];
    return cells;
  }
}
