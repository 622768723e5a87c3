/**
 * Reading workbooks — XLSX/XLSM and ODS streamed, XLS (BIFF8, Excel 5/95) and XLSB through
 * SheetJS — as rows of cells, for the table reader. Errors are `AppError`s whose codes have
 * French sentences in `shared/i18n/messages/workbook.ts`.
 */
export type { MergedRange, ReadSheetOptions, RowListener, SheetReadResult, Workbook, WorkbookFormat, WorkbookSheet } from './workbook-types.js';
export { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from './workbook-limits.js';
export { identifyWorkbook } from './identify-workbook.js';
export { openWorkbook } from './open-workbook.js';
