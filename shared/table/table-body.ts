import type { Cell, Row } from './cell.js';
import { isBlankText } from './cell-reading.js';
import type { ColumnProfileState } from './column-profile-state.js';
import { ColumnProfiler } from './column-profiler.js';
import type { RecordSpans } from './csv-records.js';
import { AppError } from '../errors.js';
import { TableEnd } from './table-end.js';

/** Distinct values tracked over all columns together, so that memory stays bounded. */
const DISTINCT_BUDGET = 150_000;
/** A table wider than this is refused with a clear message rather than profiled. */
export const MAX_COLUMNS = 4096;

/**
 * Something that reads the data rows as the table's body takes them in (the personal-data
 * scan): `wants` lets the reader skip rows, so that cells are only cut out for rows it reads.
 */
export interface DataRowReader {
  /** Whether `read` needs data row `rowIndex`, whose last filled cell is column `width - 1`. */
  wants(rowIndex: number, width: number): boolean;
  read(row: Row, rowIndex: number): void;
}

/** What a body profiled over one part of a file: plain data, to merge into the whole (`absorb`). */
export interface TableBodyState {
  dataRows: number;
  dataWidth: number;
  profiles: ColumnProfileState[];
  /** Rows still held back at the end of the part (blank rows, footnotes). */
  held: Row[];
  heldFootnotes: number;
  /** Whether a full row came in this part: then rows held before the part belong to the table. */
  sawFullRow: boolean;
}

function lastFilledIndex(cells: Row): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (cell !== null && cell !== undefined && !(typeof cell === 'string' && isBlankText(cell))) return i;
  }
  return -1;
}

function filled(cell: Cell | undefined): boolean {
  return cell !== null && cell !== undefined && !(typeof cell === 'string' && isBlankText(cell));
}

/**
 * The body of a table below its header: decides where it ends (`TableEnd`), counts its rows and
 * profiles every column, in constant memory. Rows come as cells (`pushRow`) or, from the CSV
 * pass, as places in the decoded text (`pushRecord`), which are profiled without cutting cells
 * out. A body that profiled one part of a file merges into the body of the parts before it.
 */
export class TableBody {
  private readonly end: TableEnd;
  private readonly profilers: ColumnProfiler[] = [];
  private dataRows = 0;
  private dataWidth = 0;
  private sawFullRow = false;
  /** When set, every row taken in is also appended here as cells (the first window). */
  collect: Row[] | null = null;
  reader: DataRowReader | null = null;
  /** Columns whose distinct values an earlier part of the file already capped. */
  cappedColumns: readonly boolean[] = [];
  /** Columns an earlier part of the file already found to hold text. */
  textColumns: readonly boolean[] = [];

  constructor(
    fullRowFill: number,
    private readonly headerWidth: number,
  ) {
    this.end = new TableEnd(fullRowFill);
  }

  /** What a full row fills: the measure of sparse rows, for other parts of the file. */
  get fullRowFill(): number {
    return this.end.fullRowFill;
  }

  /** Data rows taken in so far. */
  get rowCount(): number {
    return this.dataRows;
  }

  /** The widest data row so far. */
  get width(): number {
    return this.dataWidth;
  }

  /** Takes the next row (cells, empty ones null). */
  pushRow(row: Row): void {
    let fill = 0;
    for (const cell of row) if (filled(cell)) fill++;
    if (this.end.holds(fill)) {
      this.end.hold(row, fill);
      return;
    }
    if (!this.end.isSparse(fill)) this.sawFullRow = true;
    this.releaseHeld();
    this.takeRow(row, lastFilledIndex(row));
  }

  /** Takes the next CSV record, as places in the decoded text. */
  pushRecord(spans: RecordSpans): void {
    let fill = 0;
    let last = -1;
    for (let i = 0; i < spans.count; i++) {
      if (!spans.isBlank(i)) {
        fill++;
        last = i;
      }
    }
    if (this.end.holds(fill)) {
      this.end.hold(spans.toRow(), fill);
      return;
    }
    if (!this.end.isSparse(fill)) this.sawFullRow = true;
    this.releaseHeld();
    const profilers = this.widen(last);
    const text = spans.text;
    const values = spans.values;
    const count = spans.count;
    for (let c = 0; c < profilers.length; c++) {
      const profiler = profilers[c]!;
      if (c >= count) profiler.addEmpties(1);
      else {
        const value = values[c];
        if (value !== null && value !== undefined) profiler.add(value === '' ? null : value);
        else {
          const start = spans.starts[c]!;
          const stop = spans.ends[c]!;
          if (start === stop) profiler.addEmpties(1);
          else profiler.addSpan(text, start, stop);
        }
      }
    }
    this.afterRow(spans, null, last + 1);
  }

  private releaseHeld(): void {
    if (this.end.heldRows.length === 0) return;
    for (const row of this.end.release()) this.takeRow(row, lastFilledIndex(row));
  }

  private takeRow(row: Row, last: number): void {
    const profilers = this.widen(last);
    for (let c = 0; c < profilers.length; c++) profilers[c]!.add(c < row.length ? (row[c] ?? null) : null);
    this.afterRow(null, row, last + 1);
  }

  private afterRow(spans: RecordSpans | null, row: Row | null, width: number): void {
    const index = this.dataRows++;
    const collect = this.collect;
    const reader = this.reader;
    const wanted = reader !== null && reader.wants(index, width);
    if (collect === null && !wanted) return;
    const cells = row ?? spans!.toRow();
    collect?.push(cells);
    if (wanted) reader.read(cells, index);
  }

  /** The profilers, one more for each column a row with its last filled cell at `last` opens. */
  private widen(last: number): ColumnProfiler[] {
    if (last + 1 > MAX_COLUMNS) throw new AppError('table.too-many-columns', { columns: last + 1, limit: MAX_COLUMNS });
    const profilers = this.profilers;
    while (profilers.length <= last) {
      const profiler = new ColumnProfiler(distinctLimit(Math.max(last + 1, this.headerWidth)));
      if (this.cappedColumns[profilers.length] === true) profiler.stopCountingDistinct();
      if (this.textColumns[profilers.length] === true) profiler.settleAsText();
      profiler.addEmpties(this.dataRows);
      profilers.push(profiler);
    }
    if (last + 1 > this.dataWidth) this.dataWidth = last + 1;
    return profilers;
  }

  /** The profiler of column `c`, or one of an empty column. */
  profiler(c: number): ColumnProfiler {
    const profiler = this.profilers[c];
    if (profiler !== undefined) return profiler;
    const empty = new ColumnProfiler(100);
    empty.addEmpties(this.dataRows);
    return empty;
  }

  /** Per column, whether its distinct values reached their bound. */
  distinctCapped(): boolean[] {
    return this.profilers.map((profiler) => profiler.distinctCapped);
  }

  /** Per column, whether it was found to hold text. */
  textSettled(): boolean[] {
    return this.profilers.map((profiler) => profiler.textSettled);
  }

  /** Everything counted, as plain data for another thread. */
  state(): TableBodyState {
    return {
      dataRows: this.dataRows,
      dataWidth: this.dataWidth,
      profiles: this.profilers.map((profiler) => profiler.state()),
      held: this.end.heldRows.slice(),
      heldFootnotes: this.end.heldFootnotes,
      sawFullRow: this.sawFullRow,
    };
  }

  /**
   * Appends what another body counted over the next part of the file. Valid only when that
   * part had a full row (`sawFullRow`): the rows held here at the end of this part then belong
   * to the table, whatever the other part held at its start. Without a full row, the part must
   * be read again through this body instead. Returns the data row the part's first row is.
   */
  absorb(part: TableBodyState): number {
    if (!part.sawFullRow) throw new Error('a part without a full row cannot be merged');
    this.releaseHeld();
    const firstRow = this.dataRows;
    const width = Math.max(this.profilers.length, part.profiles.length);
    for (let c = 0; c < width; c++) {
      const theirs = part.profiles[c];
      let ours = this.profilers[c];
      if (ours === undefined) {
        ours = new ColumnProfiler(distinctLimit(Math.max(width, this.headerWidth)));
        ours.addEmpties(this.dataRows);
        this.profilers.push(ours);
      }
      if (theirs === undefined) ours.addEmpties(part.dataRows);
      else ours.merge(theirs);
    }
    this.dataRows += part.dataRows;
    this.dataWidth = Math.max(this.dataWidth, part.dataWidth);
    this.sawFullRow = true;
    this.end.restore(part.held, part.heldFootnotes);
    return firstRow;
  }
}

function distinctLimit(columns: number): number {
  return Math.min(10_000, Math.max(100, Math.floor(DISTINCT_BUDGET / Math.max(columns, 1))));
}
