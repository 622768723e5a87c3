import { AppError } from '../../../../shared/errors.js';
import { DenseRow } from '../dense-row.js';
import type { NumberFormat } from '../number-format.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { ReadSheetOptions, RowListener, SheetReadResult, Workbook } from '../workbook-types.js';
import { scanXmlPart } from '../xml/scan-part.js';
import { attributeValue } from '../xml/xml-attributes.js';
import type { ZipDirectory, ZipEntry } from '../zip/zip-directory.js';
import { parseRangeReference } from './cell-reference.js';
import { readXlsxPackage, type XlsxSheetPart } from './xlsx-package.js';
import { readSharedStrings } from './xlsx-shared-strings.js';
import { XlsxSheetHandler } from './xlsx-sheet-handler.js';
import { readCellFormats } from './xlsx-styles.js';

/**
 * An XLSX/XLSM workbook read by streaming: the zip's central directory lets the shared strings
 * be inflated first whatever the entry order, then the sheet part flows through the tokenizer
 * row by row, so the first rows arrive before the sheet is inflated and memory stays that of
 * the strings table, not of the sheet.
 */
export async function openXlsx(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits): Promise<Workbook> {
  const pack = await readXlsxPackage(source, directory, limits);
  for (const sheet of pack.sheets) {
    if (sheet.part && sheet.kind !== 'chartsheet') await readDeclaredSize(source, sheet, limits);
  }
  let sharedStrings: Promise<string[]> | null = null;
  let formats: Promise<NumberFormat[]> | null = null;

  const loadSharedStrings = (entry: ZipEntry | undefined, onCompressedBytes: (bytes: number) => void): Promise<string[]> => {
    if (!entry) return Promise.resolve([]);
    sharedStrings ??= readSharedStrings(source, entry, limits, { onCompressedBytes }).catch((error: unknown) => {
      sharedStrings = null;
      throw error;
    });
    return sharedStrings;
  };

  async function readSheet(name: string, onRow: RowListener, options: ReadSheetOptions = {}): Promise<SheetReadResult> {
    const sheet = pack.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new AppError('file.sheet-not-found', { file: source.name, sheet: name });
    if (options.signal?.aborted) throw new AppError('job.cancelled', { file: source.name });
    await source.assertUnchanged();
    if (sheet.kind === 'chartsheet') return { rowCount: 0, columnCount: 0, merges: [] };
    const part = sheet.part;
    if (!part) throw new AppError('file.corrupt', { file: source.name, reason: 'xlsx-sheet-missing', sheet: name });

    const stringsEntry = sharedStrings === null ? pack.sharedStrings : undefined;
    const total = (stringsEntry?.compressedSize ?? 0) + part.compressedSize;
    let lastReported = -1;
    const report = (done: number): void => {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (fraction - lastReported >= 0.01 || fraction === 1) {
        lastReported = fraction;
        options.onProgress?.(fraction);
      }
    };
    const strings = await loadSharedStrings(pack.sharedStrings, report);
    formats ??= readCellFormats(source, pack.styles, limits);
    const context = { sharedStrings: strings, formats: await formats, date1904: pack.date1904, maxRows: options.maxRows ?? Infinity };
    const row = new DenseRow(limits.maxColumns, { file: source.name, sheet: name });
    const stringsDone = stringsEntry?.compressedSize ?? 0;
    let handler: XlsxSheetHandler | null = null;
    await scanXmlPart(source, part, limits, (scanner) => (handler = new XlsxSheetHandler(scanner, row, context, onRow)), {
      signal: options.signal,
      onCompressedBytes: (bytes) => report(stringsDone + bytes),
    });
    report(total);
    const done = handler as XlsxSheetHandler | null;
    return { rowCount: done?.rowCount ?? 0, columnCount: done?.columnCount ?? 0, merges: done?.merges ?? [] };
  }

  const sheets = pack.sheets.map(({ name, hidden, kind, rows, columns }) => ({ name, hidden, kind, rows, columns }));
  return { format: 'xlsx', sheets, readSheet, close: () => source.close() };
}

/** Reads the `<dimension ref>` a sheet declares in its first bytes, for the sheet picker. */
async function readDeclaredSize(source: SourceFile, sheet: XlsxSheetPart, limits: WorkbookLimits): Promise<void> {
  if (!sheet.part) return;
  await scanXmlPart(source, sheet.part, limits, (scanner) => ({
    open(name, text, start, end) {
      if (name === 'dimension') {
        const range = parseRangeReference(attributeValue(text, start, end, 'ref') ?? '');
        if (range) {
          sheet.rows = range.endRow + 1;
          sheet.columns = range.endColumn + 1;
        }
        scanner.stop();
      } else if (name === 'sheetData') {
        scanner.stop();
      }
    },
    close() {},
    text() {},
  }));
}
