import { TextDecoder } from 'node:util';
import { AppError } from '../../../../shared/errors.js';
import { DenseRow } from '../dense-row.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { ReadSheetOptions, RowListener, SheetReadResult, Workbook } from '../workbook-types.js';
import { XmlScanner } from '../xml/xml-scanner.js';
import { inflateEntry } from '../zip/zip-entry-reader.js';
import type { ZipDirectory } from '../zip/zip-directory.js';
import { MAX_TABLE_TAG_BYTES, readOdsSheets } from './ods-package.js';
import { OdsSheetHandler } from './ods-sheet-handler.js';
import { TableTagFinder } from './ods-table-finder.js';

/**
 * An ODS workbook read by streaming `content.xml`, which holds every sheet: reading one sheet
 * inflates the part up to that sheet's end, reaching it by a byte search (earlier sheets are
 * neither decoded nor tokenized), and never materialises the million empty rows LibreOffice
 * declares at the end of each sheet.
 */
export async function openOds(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits): Promise<Workbook> {
  const { content, sheets, tablePrefix, codeStyles } = await readOdsSheets(source, directory, limits);

  async function readSheet(name: string, onRow: RowListener, options: ReadSheetOptions = {}): Promise<SheetReadResult> {
    const index = sheets.findIndex((sheet) => sheet.name === name);
    if (index < 0) throw new AppError('file.sheet-not-found', { file: source.name, sheet: name });
    if (options.signal?.aborted) throw new AppError('job.cancelled', { file: source.name });
    await source.assertUnchanged();
    const scanner = new XmlScanner(limits.maxPartBytes, () => new AppError('file.too-large', { file: source.name, part: content.name }));
    const row = new DenseRow(limits.maxColumns, { file: source.name, sheet: name });
    const handler = new OdsSheetHandler(scanner, row, { sheetName: name, maxRows: options.maxRows ?? Infinity, codeStyles }, onRow);
    scanner.attach(handler);
    const finder = new TableTagFinder(tablePrefix, MAX_TABLE_TAG_BYTES);
    let decoder = null as TextDecoder | null;
    let tablesSeen = 0;
    let lastReported = -1;
    const onCompressedBytes = (bytes: number): void => {
      const fraction = content.compressedSize > 0 ? bytes / content.compressedSize : 1;
      if (fraction - lastReported >= 0.01) {
        lastReported = fraction;
        options.onProgress?.(fraction);
      }
    };
    for await (const chunk of inflateEntry(source, content, limits, { signal: options.signal, onCompressedBytes })) {
      if (decoder) {
        scanner.feed(decoder.decode(chunk, { stream: true }));
      } else {
        finder.push(chunk, ({ start, buffer }) => {
          if (tablesSeen++ !== index) return false;
          decoder = new TextDecoder('utf-8');
          scanner.feed(decoder.decode(buffer.subarray(start), { stream: true }));
          return true;
        });
      }
      if (scanner.isStopped) break;
    }
    if (!scanner.isStopped && (decoder === null || !scanner.finish())) {
      throw new AppError('file.corrupt', { file: source.name, reason: 'xml-truncated', part: content.name });
    }
    options.onProgress?.(1);
    return { rowCount: handler.rowCount, columnCount: handler.columnCount, merges: handler.merges };
  }

  return { format: 'ods', sheets, readSheet, close: () => source.close() };
}
