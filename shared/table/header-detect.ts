import type { Cell, Row } from './cell.js';
import { headerText, joinHeaderParts, uniqueColumnNames } from './column-names.js';
import { classifyCell, isBlankText } from './cell-reading.js';

/** A merged block of cells, 0-based and inclusive, as workbooks declare them. */
export interface CellRange {
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

/** A row of the top of a table, with its 0-based position (sheet row or CSV record). */
export interface SampleRow {
  index: number;
  cells: Row;
}

/** Where the header is and where the data starts. */
export interface HeaderLayout {
  /** First and last row of the header (0-based), null when the table has no header row. */
  headerStart: number | null;
  headerEnd: number | null;
  /** 0-based row where the data begins (blank rows right below the header are skipped). */
  dataStart: number;
  /** Header text of each column, top-down, one entry per header row (merged cells spread). */
  headerParts: string[][];
}

/** How many rows from the top may hold a title block before the header. */
const HEADER_SEARCH_ROWS = 30;
/** How many rows below the header are read to learn what the data looks like. */
const DATA_SAMPLE_ROWS = 30;
/** A header spans at most this many rows. */
const MAX_HEADER_ROWS = 6;

type Shape = { fill: number; textual: number; typed: number };

function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && isBlankText(cell));
}

function shapeOf(cells: readonly (Cell | undefined)[]): Shape {
  let fill = 0;
  let textual = 0;
  let typed = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    fill++;
    const kind = classifyCell(cell ?? null);
    if (kind === 'text' || kind === 'codeLike') textual++;
    else if (kind !== 'error' && kind !== 'empty') typed++;
  }
  return { fill, textual, typed };
}

/** Number of non-blank cells of a row. */
export function filledCells(cells: Row): number {
  let n = 0;
  for (const cell of cells) if (!isBlankCell(cell)) n++;
  return n;
}

/**
 * The fill most rows of the sample share: what a full row of this table looks like. One-cell
 * rows (titles, notes) are left out unless they are most of the table (a one-column list).
 */
export function typicalFill(rows: readonly SampleRow[]): number {
  const counts = new Map<number, number>();
  let max = 0;
  let nonBlank = 0;
  let wide = 0;
  for (const row of rows) {
    const fill = filledCells(row.cells);
    if (fill > max) max = fill;
    if (fill > 0) nonBlank++;
    if (fill >= 2) wide++;
    if (fill > 0) counts.set(fill, (counts.get(fill) ?? 0) + 1);
  }
  if (wide >= 0.3 * nonBlank) counts.delete(1);
  let best = 0;
  let bestCount = 0;
  for (const [fill, count] of counts) {
    if (count > bestCount || (count === bestCount && fill > best)) {
      best = fill;
      bestCount = count;
    }
  }
  return best > 0 ? best : max;
}

class Grid {
  private readonly byIndex = new Map<number, Row>();
  constructor(rows: readonly SampleRow[], private readonly merges: readonly CellRange[]) {
    for (const row of rows) this.byIndex.set(row.index, row.cells);
  }

  raw(row: number): Row {
    return this.byIndex.get(row) ?? [];
  }

  /** A row with the text of merged blocks spread over every cell they cover. */
  spread(row: number, width: number): Cell[] {
    const cells: Cell[] = [...this.raw(row)];
    while (cells.length < width) cells.push(null);
    for (const m of this.merges) {
      if (row < m.startRow || row > m.endRow) continue;
      const value = this.raw(m.startRow)[m.startColumn] ?? null;
      for (let c = m.startColumn; c <= m.endColumn && c < width; c++) cells[c] = value;
    }
    return cells;
  }
}

/**
 * Finds the header of a table from its first rows: past title blocks (short rows such as
 * « Extraction du 12/03/2024 »), the first row that is wide enough and made of text is the
 * header, unless a row of numbers or dates comes first (then there is no header row). The
 * header grows downwards over merged cells that hang below it, and over a second row of labels
 * when the data under those labels is numeric (codes in one row, labels in the next).
 * `forcedHeaderRow` (1-based, 0 for none) is the clerk's override.
 */
export function detectHeader(rows: readonly SampleRow[], merges: readonly CellRange[] = [], forcedHeaderRow?: number): HeaderLayout {
  const grid = new Grid(rows, merges);
  const nonBlank = rows.filter((r) => filledCells(r.cells) > 0).map((r) => r.index).sort((a, b) => a - b);
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const typical = typicalFill(rows);
  const minFill = typical <= 1 ? 1 : Math.max(2, Math.ceil(typical / 2));
  const isHeaderLike = (index: number): boolean => {
    const cells = grid.spread(index, width);
    const s = shapeOf(cells);
    // A title merged across the sheet, or group labels spread over many columns, repeat one
    // value: a header names its columns with mostly different words.
    return s.fill >= minFill && s.textual > 0 && s.typed <= Math.floor(0.2 * s.fill) && 2 * distinctValues(cells) >= s.fill;
  };
  const isDataLike = (index: number): boolean => {
    const s = shapeOf(grid.raw(index));
    return s.fill >= minFill && s.typed > 0;
  };
  const firstNonBlankFrom = (from: number): number => nonBlank.find((i) => i >= from) ?? from;

  let start: number | null = null;
  let firstData: number | null = null;
  if (forcedHeaderRow !== undefined) {
    start = forcedHeaderRow > 0 ? forcedHeaderRow - 1 : null;
  } else {
    for (const index of nonBlank.slice(0, HEADER_SEARCH_ROWS)) {
      if (isHeaderLike(index)) {
        start = index;
        break;
      }
      if (isDataLike(index)) {
        firstData = index;
        break;
      }
    }
  }
  if (start === null) {
    const dataStart = firstData ?? (forcedHeaderRow === 0 ? 0 : firstNonBlankFrom(0));
    return { headerStart: null, headerEnd: null, dataStart, headerParts: [] };
  }

  if (forcedHeaderRow === undefined && isGroupRow(start - 1, grid, merges)) start--;
  let end = extendOverMerges(start, start, merges);
  if (forcedHeaderRow === undefined) {
    while (end - start + 1 < MAX_HEADER_ROWS && isLabelRowOverNumbers(end + 1, grid, nonBlank, width, isHeaderLike)) end++;
  }
  const headerParts: string[][] = [];
  for (let r = start; r <= end; r++) headerParts.push(grid.spread(r, width).map((cell) => headerText(cell)));
  return { headerStart: start, headerEnd: end, dataStart: firstNonBlankFrom(end + 1), headerParts };
}

function distinctValues(cells: readonly Cell[]): number {
  const seen = new Set<string>();
  for (const cell of cells) if (!isBlankCell(cell)) seen.add(String(cell).trim());
  return seen.size;
}

/**
 * A row of several labels merged across several columns each, right above the header (`Montant`
 * over `HT`, `TTC`); a single title merged across the sheet is no group row.
 */
function isGroupRow(index: number, grid: Grid, merges: readonly CellRange[]): boolean {
  const s = shapeOf(grid.raw(index));
  if (s.fill < 2 || s.typed > 0) return false;
  return merges.some((m) => m.startRow === index && m.endRow === index && m.endColumn > m.startColumn);
}

function extendOverMerges(start: number, end: number, merges: readonly CellRange[]): number {
  let last = end;
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of merges) {
      if (m.startRow >= start && m.startRow <= last && m.endRow > last && m.endRow - start < MAX_HEADER_ROWS) {
        last = m.endRow;
        changed = true;
      }
    }
  }
  return last;
}

/** A row right under the header that labels columns whose data below is numeric or dated. */
function isLabelRowOverNumbers(index: number, grid: Grid, nonBlank: readonly number[], width: number, isHeaderLike: (i: number) => boolean): boolean {
  if (!nonBlank.includes(index) || !isHeaderLike(index)) return false;
  const below = nonBlank.filter((i) => i > index).slice(0, DATA_SAMPLE_ROWS);
  if (below.length === 0) return false;
  const labels = grid.raw(index);
  for (let c = 0; c < width; c++) {
    const label = labels[c];
    if (isBlankCell(label) || classifyCell(label ?? null) !== 'text') continue;
    let typed = 0;
    let filled = 0;
    for (const i of below) {
      const cell = grid.raw(i)[c];
      if (isBlankCell(cell)) continue;
      filled++;
      const kind = classifyCell(cell ?? null);
      if (kind !== 'text' && kind !== 'codeLike' && kind !== 'error') typed++;
    }
    if (filled > 0 && typed >= 0.8 * filled) return true;
  }
  return false;
}

/** Column names for a table `width` columns wide: joined header parts, made unique. */
export function columnNames(layout: HeaderLayout, width: number): { names: string[]; paths: string[][] } {
  const joined = Array.from({ length: width }, (_, c) => joinHeaderParts(layout.headerParts.map((row) => row[c] ?? '')));
  return { names: uniqueColumnNames(joined.map((j) => j.name)), paths: joined.map((j) => j.path) };
}

/**
 * Whether a sheet holds a data table rather than notes: at least two rows of two cells or
 * more, and such rows making up at least half of the non-blank rows.
 */
export function looksLikeTable(rows: readonly SampleRow[]): boolean {
  let nonBlank = 0;
  let wide = 0;
  for (const row of rows) {
    const fill = filledCells(row.cells);
    if (fill === 0) continue;
    nonBlank++;
    if (fill >= 2) wide++;
  }
  return wide >= 2 && wide * 2 >= nonBlank;
}
