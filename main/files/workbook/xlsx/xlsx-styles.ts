import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import { builtInFormat, readNumberFormat, type NumberFormat } from '../number-format.js';
import { forEachElement } from '../xml/scan-text.js';
import { readEntryText } from '../zip/zip-entry-reader.js';
import type { ZipEntry } from '../zip/zip-directory.js';

/**
 * The number format of each cell style (`<c s="…">` indexes `<cellXfs>`): what turns a
 * serial number into a date. Formats are built in (ids below 164) or declared in `<numFmts>`,
 * which may also redefine a built-in id.
 */
export async function readCellFormats(source: SourceFile, entry: ZipEntry | undefined, limits: WorkbookLimits): Promise<NumberFormat[]> {
  if (!entry) return [];
  const declared = new Map<number, string>();
  const styleFormatIds: number[] = [];
  forEachElement(await readEntryText(source, entry, limits), (element, ancestors) => {
    if (element.name === 'numFmt') {
      const id = Number(element.attribute('numFmtId'));
      const code = element.attribute('formatCode');
      if (Number.isInteger(id) && code !== undefined) declared.set(id, code);
    } else if (element.name === 'xf' && ancestors.at(-1) === 'cellXfs') {
      styleFormatIds.push(Number(element.attribute('numFmtId') ?? 0));
    }
  });
  return styleFormatIds.map((id) => {
    const code = declared.get(id);
    return code !== undefined ? readNumberFormat(code) : builtInFormat(id);
  });
}
