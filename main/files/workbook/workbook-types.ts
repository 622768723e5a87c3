import type { Row } from '../../../shared/table/cell.js';

/** The workbook formats Atelier reads, recognised by their content. */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

/**
 * A sheet as listed in the sheet picker. `rows` and `columns` are the extent the file declares
 * (XLSX `<dimension>`, counted for XLS), which may include formatted empty cells; `null` when the
 * file does not say (ODS) — reading the sheet gives the exact figures.
 */
export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  kind: 'worksheet' | 'chartsheet' | 'other';
  rows: number | null;
  columns: number | null;
}

/** A block of merged cells, 0-based and inclusive; the top-left cell holds the value. */
export interface MergedRange {
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

/**
 * What a full read of a sheet found: `rowCount` is one past the last non-empty row (empty rows
 * inside count, trailing ones do not), `columnCount` the widest row delivered.
 */
export interface SheetReadResult {
  rowCount: number;
  columnCount: number;
  merges: MergedRange[];
}

/**
 * How to read a sheet: `maxRows` stops after that many sheet rows (rows with `rowIndex >= maxRows`
 * are not delivered; merges are still all reported); `onProgress` gets the share of the sheet read.
 */
export interface ReadSheetOptions {
  signal?: AbortSignal;
  maxRows?: number;
  onProgress?: (fraction: number) => void;
}

/** Called once per non-empty row, in sheet order. */
export type RowListener = (rowIndex: number, cells: Row) => void;

/** An opened workbook: its sheets, read one at a time as a stream of rows. */
export interface Workbook {
  readonly format: WorkbookFormat;
  readonly sheets: WorkbookSheet[];
  /**
   * Streams every non-empty row in order: `rowIndex` is the 0-based sheet row; cells are dense
   * from column A, trailing nulls trimmed.
   */
  readSheet(name: string, onRow: RowListener, options?: ReadSheetOptions): Promise<SheetReadResult>;
  close(): Promise<void>;
}
