import { AppError } from '../../../../shared/errors.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import { entryText, type EntryReadOptions } from '../zip/zip-entry-reader.js';
import type { ZipEntry } from '../zip/zip-directory.js';
import { XmlScanner, type XmlHandler } from './xml-scanner.js';

/**
 * Streams one XML part of a zip through a handler. The handler may stop the scan (the rest of
 * the part is then neither inflated nor read) or make it skip ahead; a part cut in the middle of
 * a tag is `file.corrupt`.
 */
export async function scanXmlPart(
  source: SourceFile,
  entry: ZipEntry,
  limits: WorkbookLimits,
  makeHandler: (scanner: XmlScanner) => XmlHandler,
  options: EntryReadOptions = {},
): Promise<void> {
  const scanner = new XmlScanner(limits.maxPartBytes, () => new AppError('file.too-large', { file: source.name, part: entry.name }));
  scanner.attach(makeHandler(scanner));
  for await (const text of entryText(source, entry, limits, options)) {
    scanner.feed(text);
    if (scanner.isStopped) return;
  }
  if (!scanner.finish()) throw new AppError('file.corrupt', { file: source.name, reason: 'xml-truncated', part: entry.name });
}
