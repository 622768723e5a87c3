import { AppError } from '../../../../shared/errors.js';
import { DenseRow } from '../dense-row.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { ReadSheetOptions, RowListener, SheetReadResult, Workbook } from '../workbook-types.js';
import { scanXmlPart } from '../xml/scan-part.js';
import type { ZipDirectory } from '../zip/zip-directory.js';
import { readOdsSheets } from './ods-package.js';
import { OdsSheetHandler } from './ods-sheet-handler.js';

/**
 * An ODS workbook read by streaming `content.xml`, which holds every sheet: reading one sheet
 * inflates the part up to that sheet's end, skipping earlier sheets untokenized, and never
 * materialises the million empty rows LibreOffice declares at the end of each sheet.
 */
export async function openOds(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits): Promise<Workbook> {
  const { content, sheets } = await readOdsSheets(source, directory, limits);

  async function readSheet(name: string, onRow: RowListener, options: ReadSheetOptions = {}): Promise<SheetReadResult> {
    if (!sheets.some((sheet) => sheet.name === name)) throw new AppError('file.sheet-not-found', { file: source.name, sheet: name });
    if (options.signal?.aborted) throw new AppError('job.cancelled', { file: source.name });
    await source.assertUnchanged();
    const row = new DenseRow(limits.maxColumns, { file: source.name, sheet: name });
    let handler: OdsSheetHandler | null = null;
    let lastReported = -1;
    await scanXmlPart(source, content, limits, (scanner) => (handler = new OdsSheetHandler(scanner, row, name, options.maxRows ?? Infinity, onRow)), {
      signal: options.signal,
      onCompressedBytes: (bytes) => {
        const fraction = content.compressedSize > 0 ? bytes / content.compressedSize : 1;
        if (fraction - lastReported >= 0.01) {
          lastReported = fraction;
          options.onProgress?.(fraction);
        }
      },
    });
    options.onProgress?.(1);
    const done = handler as OdsSheetHandler | null;
    return { rowCount: done?.rowCount ?? 0, columnCount: done?.columnCount ?? 0, merges: done?.merges ?? [] };
  }

  return { format: 'ods', sheets, readSheet, close: () => source.close() };
}
