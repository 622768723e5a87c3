import { AppError } from '../../../shared/errors.js';
import { openOds } from './ods/ods-workbook.js';
import { SourceFile } from './source-file.js';
import { containerOf, zipContentOf } from './workbook-container.js';
import { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from './workbook-limits.js';
import type { Workbook, WorkbookFormat } from './workbook-types.js';
import { inspectOleContainer } from './xls/ole-container.js';
import { openWithSheetJs } from './xls/sheetjs-workbook.js';
import { openXlsx } from './xlsx/xlsx-workbook.js';
import { readZipDirectory } from './zip/zip-directory.js';

/** Past this size a binary workbook, which SheetJS reads whole, is refused. */
const WHOLE_READ_LIMIT = 512 * 1024 * 1024;

/**
 * Opens a workbook for reading. The content decides the reader, the `format` given (from
 * `identifyWorkbook`) only breaks ties: XLSX/XLSM and ODS are streamed; XLS (BIFF8, Excel 5/95
 * and older) and XLSB are read whole by SheetJS. Password protection is detected before any
 * parsing (`file.encrypted`); damaged containers are `file.corrupt`. The file stays open until
 * `close()`. `limits` exists for tests; the defaults suit every real workbook.
 */
export async function openWorkbook(filePath: string, format: WorkbookFormat, limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS): Promise<Workbook> {
  const source = await SourceFile.open(filePath);
  try {
    if (source.size === 0) throw new AppError('file.empty', { file: source.name });
    const head = await source.read(0, Math.min(source.size, 512));
    const container = containerOf(head);
    if (container === 'zip') {
      const directory = await readZipDirectory(source);
      const content = await zipContentOf(source, directory, limits);
      if (content === 'ods' || (content === 'other' && format === 'ods')) return await openOds(source, directory, limits);
      if (content === 'xlsx') return await openXlsx(source, directory, limits);
      if (content === 'xlsb') return await openBinary(source, 'xlsx', limits);
      throw new AppError('file.unknown-format', { file: source.name });
    }
    if (container === 'ole') {
      const content = await inspectOleContainer(await source.read(0, Math.min(source.size, WHOLE_READ_LIMIT))).catch(() => 'xls' as const);
      if (content === 'encrypted-ooxml' || content === 'encrypted-xls') throw new AppError('file.encrypted', { file: source.name });
      if (content === 'other') throw new AppError('file.unknown-format', { file: source.name });
      return await openBinary(source, 'xls', limits);
    }
    if (container === 'biff') return await openBinary(source, 'xls', limits);
    throw new AppError('file.unknown-format', { file: source.name });
  } catch (error) {
    await source.close();
    throw error;
  }
}

async function openBinary(source: SourceFile, format: WorkbookFormat, limits: WorkbookLimits): Promise<Workbook> {
  if (source.size > WHOLE_READ_LIMIT) throw new AppError('file.too-large', { file: source.name });
  const workbook = await openWithSheetJs(source, format, limits);
  await source.close();
  return workbook;
}
