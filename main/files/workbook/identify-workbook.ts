import { AppError, isAppError } from '../../../shared/errors.js';
import { SourceFile } from './source-file.js';
import { containerOf, zipContentOf } from './workbook-container.js';
import { DEFAULT_WORKBOOK_LIMITS } from './workbook-limits.js';
import type { WorkbookFormat } from './workbook-types.js';
import { inspectOleContainer } from './xls/ole-container.js';
import { readZipDirectory } from './zip/zip-directory.js';

/** Past this size an OLE2 file is not inspected (it is read whole) and is taken for an XLS. */
const OLE_INSPECTION_LIMIT = 256 * 1024 * 1024;

/**
 * The workbook format of a file, by content, not extension (an ODS named `.xls` is an ODS):
 * `null` when the file is no workbook container — text, CSV, an empty file, a Word document. A
 * damaged workbook is still recognised (from its first zip entry, or its OLE2 signature) so
 * that opening it reports the damage rather than "not a spreadsheet". An encrypted XLSX (an OLE2
 * file holding an encrypted package) is `xlsx`. Missing or locked files are thrown as
 * `file.not-found` / `file.locked`.
 */
export async function identifyWorkbook(filePath: string): Promise<WorkbookFormat | null> {
  const source = await SourceFile.open(filePath);
  try {
    if (source.size === 0) return null;
    const head = await source.read(0, Math.min(source.size, 512));
    switch (containerOf(head)) {
      case 'zip':
        return await identifyZip(source, head);
      case 'ole':
        return await identifyOle(source);
      case 'biff':
        return 'xls';
      default:
        return null;
    }
  } finally {
    await source.close();
  }
}

async function identifyZip(source: SourceFile, head: Buffer): Promise<WorkbookFormat | null> {
  let directory;
  try {
    directory = await readZipDirectory(source);
  } catch (error) {
    if (isAppError(error) && error.code === 'file.corrupt') return guessFromFirstEntry(head);
    throw error;
  }
  try {
    const content = await zipContentOf(source, directory, DEFAULT_WORKBOOK_LIMITS);
    return content === 'ods' ? 'ods' : content === 'xlsx' || content === 'xlsb' ? 'xlsx' : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'file.corrupt') return guessFromFirstEntry(head);
    throw error;
  }
}

/**
 * A zip without a readable central directory (a truncated download): the first local header
 * still names the first entry — `mimetype` holding the ODS media type, or an `xl/` part.
 */
function guessFromFirstEntry(head: Buffer): WorkbookFormat | null {
  if (head.length < 30) return null;
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const name = head.subarray(30, 30 + nameLength).toString('latin1');
  if (name === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    return head.subarray(start, start + 46).toString('latin1') === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : null;
  }
  const text = head.toString('latin1');
  return name.startsWith('xl/') || text.includes('xl/workbook') || text.includes('xl/_rels') ? 'xlsx' : null;
}

async function identifyOle(source: SourceFile): Promise<WorkbookFormat | null> {
  if (source.size > OLE_INSPECTION_LIMIT) return 'xls';
  try {
    const content = await inspectOleContainer(await source.readAll());
    if (content === 'encrypted-ooxml') return 'xlsx';
    return content === 'other' ? null : 'xls';
  } catch (error) {
    if (isAppError(error)) throw error;
    // A damaged compound file: most likely an XLS, whose opening will say it is damaged.
    return 'xls';
  }
}
