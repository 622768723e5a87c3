import type { WorkBook } from 'xlsx';
import type { Cell } from '../../../../shared/table/cell.js';
import { AppError } from '../../../../shared/errors.js';
import { DenseRow } from '../dense-row.js';
import { numberCell, normaliseIsoDateTime } from '../excel-serial.js';
import { PLAIN_FORMATS, readNumberFormat, type NumberFormat } from '../number-format.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { MergedRange, ReadSheetOptions, RowListener, SheetReadResult, Workbook, WorkbookFormat, WorkbookSheet } from '../workbook-types.js';
import { loadSheetJs } from './sheetjs-module.js';

interface SheetJsCell {
  t: 'n' | 's' | 'b' | 'e' | 'd' | 'z';
  v?: unknown;
  z?: string | number;
}

interface SheetJsSheet {
  '!data'?: (SheetJsCell | null | undefined)[][];
  '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[];
  '!type'?: string;
}

/** Excel's error codes ([MS-XLS] 2.5.97.2 BErr) and the text Excel shows for them. */
const ERROR_TEXTS: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!',
  0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

/**
 * A workbook read whole by SheetJS in dense mode: the legacy binary formats (XLS BIFF8 and
 * Excel 5/95, XLSB), which hold at most 65 536 rows in XLS and are never streamed by Excel
 * either. The read happens at opening; rows are then handed over as the streaming readers do.
 */
export async function openWithSheetJs(source: SourceFile, format: WorkbookFormat, limits: WorkbookLimits): Promise<Workbook> {
  const sheetJs = await loadSheetJs();
  const bytes = await source.readAll();
  let book: WorkBook;
  try {
    book = sheetJs.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellText: false, cellHTML: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/password|encrypt/i.test(message)) throw new AppError('file.encrypted', { file: source.name }, { cause: error });
    throw new AppError('file.corrupt', { file: source.name, reason: 'workbook' }, { cause: error });
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const hiddenFlags = book.Workbook?.Sheets ?? [];
  const sheets: WorkbookSheet[] = book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name] as SheetJsSheet | undefined;
    const data = sheet?.['!data'] ?? [];
    let columns = 0;
    for (const row of data) columns = Math.max(columns, row?.length ?? 0);
    const type = sheet?.['!type'];
    return {
      name,
      hidden: Boolean(hiddenFlags[index]?.Hidden),
      kind: type === 'chart' ? 'chartsheet' : type === undefined || type === 'sheet' ? 'worksheet' : 'other',
      rows: data.length,
      columns,
    };
  });

  async function readSheet(name: string, onRow: RowListener, options: ReadSheetOptions = {}): Promise<SheetReadResult> {
    const sheet = book.Sheets[name] as SheetJsSheet | undefined;
    if (!sheet || !book.SheetNames.includes(name)) throw new AppError('file.sheet-not-found', { file: source.name, sheet: name });
    const data = sheet['!data'] ?? [];
    const end = Math.min(data.length, options.maxRows ?? Infinity);
    const builder = new DenseRow(limits.maxColumns, { file: source.name, sheet: name });
    let rowCount = 0;
    let columnCount = 0;
    for (let rowIndex = 0; rowIndex < end; rowIndex += 1) {
      if (rowIndex % 4096 === 0) {
        if (options.signal?.aborted) throw new AppError('job.cancelled', { file: source.name });
        options.onProgress?.(rowIndex / Math.max(1, end));
      }
      const cells = data[rowIndex] ?? [];
      for (let column = 0; column < cells.length; column += 1) {
        const cell = cells[column];
        if (cell) builder.set(column, cellValue(cell, date1904));
      }
      const row = builder.take();
      if (row) {
        rowCount = rowIndex + 1;
        columnCount = Math.max(columnCount, row.length);
        onRow(rowIndex, row);
      }
    }
    options.onProgress?.(1);
    const merges: MergedRange[] = (sheet['!merges'] ?? []).map((range) => ({
      startRow: range.s.r, startColumn: range.s.c, endRow: range.e.r, endColumn: range.e.c,
    }));
    return { rowCount, columnCount, merges };
  }

  return { format, sheets, readSheet, close: () => Promise.resolve() };
}

function cellValue(cell: SheetJsCell, date1904: boolean): Cell {
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      return numberCell(value, formatOf(cell.z), date1904);
    }
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return ERROR_TEXTS[cell.v as number] ?? '#N/A';
    case 'd':
      return cell.v instanceof Date ? normaliseIsoDateTime(cell.v.toISOString()) : null;
    default:
      return null;
  }
}

const formatCache = new Map<string, NumberFormat>();

function formatOf(code: string | number | undefined): NumberFormat {
  if (typeof code !== 'string') return PLAIN_FORMATS.number;
  let format = formatCache.get(code);
  if (format === undefined) {
    format = readNumberFormat(code);
    formatCache.set(code, format);
  }
  return format;
}
