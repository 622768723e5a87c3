import type { Cell, Row } from './cell.js';
import type { ColumnProfile } from './table-info.js';
import { columnNames, detectHeader, filledCells, typicalFill, type CellRange, type HeaderLayout, type SampleRow } from './header-detect.js';
import { TableBody, type DataRowReader } from './table-body.js';

export { MAX_COLUMNS } from './table-body.js';

/** Rows read from the top before the header is decided: enough for a long title block. */
const SAMPLE_NON_BLANK_ROWS = 80;
const SAMPLE_MAX_ROWS = 5000;

/** What the assembler was told about the table. */
export interface AssemblerOptions {
  /** The clerk's header row (1-based; 0 for none); detected when absent. */
  headerRow?: number;
  merges?: readonly CellRange[];
  /** Called once the header is decided, before any data row: who else reads the data rows. */
  readerFor?: (assembler: TableAssembler) => DataRowReader | null;
}

function normalise(cells: Row): Row {
  const out: Row = new Array<Cell>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    out[i] = cell === '' || cell === undefined ? null : cell;
  }
  return out;
}

function lastFilledIndex(parts: string[]): number {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.trim() !== '') return i;
  return -1;
}

/**
 * Turns the rows of a sheet or CSV file, streamed in order, into a table: decides the header
 * from the first rows, then passes on each data row (blank rows inside kept, trailing blank
 * rows and footnotes dropped) while profiling every column. Memory stays bounded whatever the
 * number of rows. Once the header is decided, the CSV pass feeds `body` directly.
 */
export class TableAssembler {
  private readonly sample: SampleRow[] = [];
  private sampleNonBlank = 0;
  private layoutDecided: HeaderLayout | null = null;
  private tableBody: TableBody | null = null;
  private nextIndex = 0;
  private headerWidth = 0;

  constructor(private readonly options: AssemblerOptions = {}) {}

  /** The header layout, once enough rows have been seen (or the input has ended). */
  get layout(): HeaderLayout | null {
    return this.layoutDecided;
  }

  /** The body of the table, once the header is decided. */
  get body(): TableBody | null {
    return this.tableBody;
  }

  /** Data rows passed on so far. */
  get rowCount(): number {
    return this.tableBody?.rowCount ?? 0;
  }

  /** Columns of the table so far: the header's width or the widest data row. */
  get width(): number {
    return Math.max(this.tableBody?.width ?? 0, this.headerWidth);
  }

  /** The width of the header row(s), 0 without a header. */
  get headerColumns(): number {
    return this.headerWidth;
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
    if (layout.headerStart !== null) {
      for (const parts of layout.headerParts) this.headerWidth = Math.max(this.headerWidth, lastFilledIndex(parts) + 1);
    }
    this.tableBody = new TableBody(typicalFill(this.sample.filter((r) => r.index >= layout.dataStart)), this.headerWidth);
    this.tableBody.reader = this.options.readerFor?.(this) ?? null;
    this.nextIndex = layout.dataStart;
    const released: Row[] = [];
    for (const row of this.sample.splice(0, this.sample.length)) {
      if (row.index >= layout.dataStart) released.push(...this.take(row.index, row.cells));
    }
    return released;
  }

  private take(index: number, cells: Row): Row[] {
    const body = this.tableBody!;
    const outer = body.collect;
    const released: Row[] = [];
    body.collect = released;
    for (; this.nextIndex < index; this.nextIndex++) body.pushRow([]);
    this.nextIndex = index + 1;
    body.pushRow(normalise(cells));
    body.collect = outer;
    outer?.push(...released);
    return released;
  }

  /** The name column `index` has (from the header, or `colonne N`), as `columns()` gives it. */
  columnName(index: number): string {
    const layout = this.layoutDecided ?? { headerStart: null, headerEnd: null, dataStart: 0, headerParts: [] };
    return columnNames(layout, Math.max(index + 1, this.width)).names[index] ?? `colonne ${index + 1}`;
  }

  /** The profile of every column so far, named from the header. */
  columns(): ColumnProfile[] {
    const width = this.width;
    const layout = this.layoutDecided ?? { headerStart: null, headerEnd: null, dataStart: 0, headerParts: [] };
    const { names, paths } = columnNames(layout, width);
    const out: ColumnProfile[] = [];
    for (let c = 0; c < width; c++) {
      const profiler = this.tableBody?.profiler(c);
      const name = names[c] ?? `colonne ${c + 1}`;
      const path = paths[c] ?? [];
      out.push(profiler ? profiler.profile(c, name, path) : emptyProfile(c, name, path));
    }
    return out;
  }
}

function emptyProfile(index: number, name: string, headerPath: string[]): ColumnProfile {
  return { index, name, type: 'empty', empty: 0, distinct: 0, distinctCapped: false, min: null, max: null, top: [], histogram: [], errors: 0, headerPath };
}
