import type { SourceFile } from './source-file.js';
import type { WorkbookLimits } from './workbook-limits.js';
import { OLE_SIGNATURE } from './xls/ole-container.js';
import { forEachElement } from './xml/scan-text.js';
import { readEntryText } from './zip/zip-entry-reader.js';
import type { ZipDirectory } from './zip/zip-directory.js';

/** The container a file's first bytes announce. */
export type ContainerKind = 'zip' | 'ole' | 'biff' | 'none';

/** What a zip holds: an OOXML workbook (XML or binary parts), an ODS, or something else. */
export type ZipContent = 'xlsx' | 'xlsb' | 'ods' | 'other';

const ODS_MEDIA_TYPES = ['application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet-template'];

/**
 * Recognises the container by its magic bytes, never by the file name: zip (`PK\3\4`, or
 * `PK\5\6` when empty), OLE2 compound file, or a bare BIFF2–4 stream, whose first record is a
 * BOF (type 0x0009/0x0209/0x0409/0x0809) of 4 to 32 bytes.
 */
export function containerOf(head: Uint8Array): ContainerKind {
  if (head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) return 'zip';
  if (OLE_SIGNATURE.every((byte, index) => head[index] === byte)) return 'ole';
  const recordLength = (head[2] ?? 0) | ((head[3] ?? 0) << 8);
  if (head[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(head[1] ?? -1) && recordLength >= 4 && recordLength <= 32) return 'biff';
  return 'none';
}

/**
 * Tells an ODS (its `mimetype` entry, or the manifest's root media type) from an OOXML workbook
 * (the package's main part is a `workbook.xml` or `workbook.bin`, which a Word or PowerPoint
 * file's is not).
 */
export async function zipContentOf(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits): Promise<ZipContent> {
  const mimetype = directory.find('mimetype');
  if (mimetype && mimetype.uncompressedSize < 256) {
    const type = (await readEntryText(source, mimetype, limits)).trim();
    if (ODS_MEDIA_TYPES.includes(type)) return 'ods';
    if (type.startsWith('application/vnd.oasis.opendocument.')) return 'other';
  }
  const manifest = directory.find('META-INF/manifest.xml');
  if (manifest && directory.find('content.xml')) {
    let rootType: string | undefined;
    forEachElement(await readEntryText(source, manifest, limits), (element) => {
      if (element.name === 'file-entry' && element.attribute('full-path') === '/') rootType = element.attribute('media-type');
    });
    if (rootType !== undefined && ODS_MEDIA_TYPES.includes(rootType)) return 'ods';
  }
  const rootRelations = directory.find('_rels/.rels');
  let mainPart: string | undefined;
  if (rootRelations) {
    forEachElement(await readEntryText(source, rootRelations, limits), (element) => {
      if (element.name === 'Relationship' && (element.attribute('Type') ?? '').endsWith('/officeDocument')) mainPart = element.attribute('Target');
    });
  }
  const candidates = [mainPart ?? '', 'xl/workbook.xml', 'xl/workbook.bin'].filter((name) => /(^|\/)workbook\d*\.(xml|bin)$/i.test(name));
  for (const name of candidates) {
    if (directory.find(name)) return name.toLowerCase().endsWith('.bin') ? 'xlsb' : 'xlsx';
  }
  return 'other';
}
