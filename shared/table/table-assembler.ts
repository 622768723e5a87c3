import type { Cell, Row } from './cell.js';
import type { ColumnProfile } from './table-info.js';
import { AppError } from '../errors.js';
import { isBlankText } from './cell-reading.js';
import { ColumnProfiler } from './column-profiler.js';
import { columnNames, detectHeader, filledCells, typicalFill, type CellRange, type HeaderLayout, type SampleRow } from './header-detect.js';
import { TableEnd } from './table-end.js';

/** Rows read from the top before the header is decided: enough for a long title block. */
const SAMPLE_NON_BLANK_ROWS = 80;
const SAMPLE_MAX_ROWS = 5000;
/** Distinct values tracked over all columns together, so that memory stays bounded. */
const DISTINCT_BUDGET = 150_000;
/** A table wider than this is refused with a clear message rather than profiled. */
export const MAX_COLUMNS = 4096;

/** What the assembler was told about the table. */
export interface AssemblerOptions {
  /** The clerk's header row (1-based; 0 for none); detected when absent. */
  headerRow?: number;
  merges?: readonly CellRange[];
}

function normalise(cells: Row): Row {
  const out: Row = new Array<Cell>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    out[i] = cell === '' || cell === undefined ? null : cell;
  }
  return out;
}

function lastFilledIndex(cells: Row): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (cell !== null && cell !== undefined && !(typeof cell === 'string' && isBlankText(cell))) return i;
  }
  return -1;
}

/**
 * Turns the rows of a sheet or CSV file, streamed in order, into a table: decides the header
 * from the first rows, then passes on each data row (blank rows inside kept, trailing blank
 * rows and footnotes dropped) while profiling every column. Memory stays bounded whatever the
 * number of rows.
 */
export class TableAssembler {
  private readonly sample: SampleRow[] = [];
  private sampleNonBlank = 0;
  private layoutDecided: HeaderLayout | null = null;
  private end: TableEnd | null = null;
  private readonly profilers: ColumnProfiler[] = [];
  private nextIndex = 0;
  private dataRows = 0;
  private dataWidth = 0;
  private headerWidth = 0;

  constructor(private readonly options: AssemblerOptions = {}) {}

  /** The header layout, once enough rows have been seen (or the input has ended). */
  get layout(): HeaderLayout | null {
    return this.layoutDecided;
  }

  /** Data rows passed on so far. */
  get rowCount(): number {
    return this.dataRows;
  }

  /** Columns of the table so far: the header's width or the widest data row. */
  get width(): number {
    return Math.max(this.dataWidth, this.headerWidth);
  }

  /**
   * Takes the row at `index` (0-based sheet row or record; rows must come in increasing order,
   * missing indexes are blank rows). Returns the data rows now known to belong to the table.
   */
  push(index: number, cells: Row): Row[] {
    if (this.layoutDecided === null) {
      this.sample.push({ index, cells });
      if (filledCells(cells) > 0) this.sampleNonBlank++;
      if (this.sampleNonBlank >= SAMPLE_NON_BLANK_ROWS || this.sample.length >= SAMPLE_MAX_ROWS) return this.decide();
      return [];
    }
    return this.take(index, cells);
  }

  /** The input has ended: returns the last data rows (footnotes and trailing blanks dropped). */
  finish(): Row[] {
    return this.layoutDecided === null ? this.decide() : [];
  }

  private decide(): Row[] {
    const layout = detectHeader(this.sample, this.options.merges ?? [], this.options.headerRow);
    this.layoutDecided = layout;
    this.end = new TableEnd(typicalFill(this.sample.filter((r) => r.index >= layout.dataStart)));
    if (layout.headerStart !== null) {
      for (const parts of layout.headerParts) this.headerWidth = Math.max(this.headerWidth, lastFilledIndex(parts) + 1);
    }
    this.nextIndex = layout.dataStart;
    const released: Row[] = [];
    for (const row of this.sample.splice(0, this.sample.length)) {
      if (row.index >= layout.dataStart) released.push(...this.take(row.index, row.cells));
    }
    return released;
  }

  private take(index: number, cells: Row): Row[] {
    const end = this.end!;
    const released: Row[] = [];
    for (; this.nextIndex < index; this.nextIndex++) released.push(...end.push([]));
    this.nextIndex = index + 1;
    released.push(...end.push(normalise(cells)));
    for (const row of released) this.profile(row);
    return released;
  }

  private profile(row: Row): void {
    const last = lastFilledIndex(row);
    if (last + 1 > MAX_COLUMNS) throw new AppError('table.too-many-columns', { columns: last + 1, limit: MAX_COLUMNS });
    while (this.profilers.length <= last) {
      const profiler = new ColumnProfiler(this.distinctLimit(last + 1));
      profiler.addEmpties(this.dataRows);
      this.profilers.push(profiler);
    }
    if (last + 1 > this.dataWidth) this.dataWidth = last + 1;
    const profilers = this.profilers;
    for (let c = 0; c < profilers.length; c++) profilers[c]!.add(c < row.length ? (row[c] ?? null) : null);
    this.dataRows++;
  }

  private distinctLimit(columns: number): number {
    return Math.min(10_000, Math.max(100, Math.floor(DISTINCT_BUDGET / Math.max(columns, this.headerWidth, 1))));
  }

  /** The profile of every column so far, named from the header. */
  columns(): ColumnProfile[] {
    const width = this.width;
    const layout = this.layoutDecided ?? { headerStart: null, headerEnd: null, dataStart: 0, headerParts: [] };
    const { names, paths } = columnNames(layout, width);
    const out: ColumnProfile[] = [];
    for (let c = 0; c < width; c++) {
      let profiler = this.profilers[c];
      if (profiler === undefined) {
        profiler = new ColumnProfiler(100);
        profiler.addEmpties(this.dataRows);
      }
      out.push(profiler.profile(c, names[c] ?? `colonne ${c + 1}`, paths[c] ?? []));
    }
    return out;
  }
}
