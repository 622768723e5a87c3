import type { TableFindings } from '../../shared/detect/table-verdict.js';
import type { Row } from '../../shared/table/cell.js';
import type { FirstWindow, ReadOptions, TableInfo } from '../../shared/table/table-info.js';
import { AppError } from '../../shared/errors.js';
import type { PassScan } from './csv/csv-pass.js';
import { openCsvTable } from './csv/csv-table.js';
import { fileError, SourceFile } from './file-access.js';
import { openSheetTable } from './sheet-table/sheet-table.js';
import { identifyWorkbook } from './workbook/index.js';

export type { ColumnProfile, ReadOptions, SheetSummary, SourceFormat, TableInfo } from '../../shared/table/table-info.js';
export type { PassScan } from './csv/csv-pass.js';

/** How to open a table: the clerk's overrides, plus cancellation and progress for the job around it. */
export interface OpenTableOptions extends ReadOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onFirstWindow?: (preview: FirstWindow) => void;
  /**
   * Scan every column for personal data in the same pass (CSV files, read once on both cores);
   * the result is the table's `findings`. Workbooks leave `findings` unset: scan their rows.
   */
  scan?: PassScan;
}

/** An opened table: its description, and rows fetched by window, never all held at once. */
export interface OpenedTable {
  /** Complete once `openTable` has resolved. */
  readonly info: TableInfo;
  /** The personal-data findings of the first pass, when `scan` was asked and the format scans while reading. */
  readonly findings?: TableFindings;
  /** Data rows below the header, 0-based. */
  readRows(start: number, count: number): Promise<Row[]>;
  /** The whole table in order, in batches. */
  rows(signal?: AbortSignal): AsyncIterable<Row[]>;
  close(): Promise<void>;
}

/**
 * The one entry point the rest of the app uses to open a spreadsheet: recognises the format by
 * content (never by extension), reads the whole file once — profiling every column — and keeps
 * an index so that any window of rows is read at once. Every failure is an `AppError` whose
 * details name the file (`file.empty`, `file.binary`, `file.not-found`, `file.locked`…).
 */
export async function openTable(filePath: string, options: OpenTableOptions = {}): Promise<OpenedTable> {
  const file = await SourceFile.open(filePath);
  let keepOpen = false;
  try {
    if (file.size === 0) throw new AppError('file.empty');
    const workbookFormat = await identifyWorkbook(filePath);
    if (workbookFormat !== null) return await openSheetTable(filePath, workbookFormat, options);
    const table = await openCsvTable(file, options);
    keepOpen = true;
    return table;
  } catch (error) {
    throw fileError(filePath, error);
  } finally {
    if (!keepOpen) await file.close();
  }
}

/** Opens a file, describes it and closes it: what `atelier inspect` prints. */
export async function inspectFile(filePath: string, options: OpenTableOptions = {}): Promise<TableInfo> {
  const table = await openTable(filePath, options);
  try {
    return table.info;
  } finally {
    await table.close();
  }
}
