import { AppError } from '../../../../shared/errors.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { WorkbookSheet } from '../workbook-types.js';
import { scanXmlPart } from '../xml/scan-part.js';
import { attributeValue } from '../xml/xml-attributes.js';
import { forEachElement } from '../xml/scan-text.js';
import { readEntryText } from '../zip/zip-entry-reader.js';
import type { ZipDirectory, ZipEntry } from '../zip/zip-directory.js';

/** The pattern of a `<table:table …>` open tag, whatever the prefix, for skipping from table to table. */
export function tableTagPattern(qualifiedName: string): RegExp {
  return new RegExp(`<${qualifiedName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s>]`);
}

/** The qualified name of the element whose open tag is `source[start..end)`. */
export function qualifiedNameAt(source: string, start: number, end: number): string {
  let i = start + 1;
  while (i < end && source.charCodeAt(i) > 32 && source.charCodeAt(i) !== 47 && source.charCodeAt(i) !== 62) i += 1;
  return source.slice(start + 1, i);
}

/**
 * Lists the sheets of an ODS file (ODF 1.2 Part 1 §9.1): every `<table:table>` of `content.xml`,
 * hidden when its automatic table style says `table:display="false"`. Everything between two
 * tables is skipped untokenized. A package whose manifest declares encryption data is
 * password-protected (ODF 1.2 Part 3 §4.8): its parts cannot be read.
 */
export async function readOdsSheets(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits): Promise<{ content: ZipEntry; sheets: WorkbookSheet[] }> {
  const manifest = directory.find('META-INF/manifest.xml');
  if (manifest) {
    let encrypted = false;
    forEachElement(await readEntryText(source, manifest, limits), (element) => {
      if (element.name === 'encryption-data') encrypted = true;
    });
    if (encrypted) throw new AppError('file.encrypted', { file: source.name });
  }
  const content = directory.find('content.xml');
  if (!content) throw new AppError('file.corrupt', { file: source.name, reason: 'ods-content-missing' });

  const hiddenStyles = new Set<string>();
  const tables: { name: string; style: string | undefined }[] = [];
  let tableStyle: string | null = null;
  await scanXmlPart(source, content, limits, (scanner) => ({
    open(name, text, start, end) {
      if (name === 'style') {
        tableStyle = attributeValue(text, start, end, 'family') === 'table' ? (attributeValue(text, start, end, 'name') ?? null) : null;
      } else if (name === 'table-properties' && tableStyle !== null && attributeValue(text, start, end, 'display') === 'false') {
        hiddenStyles.add(tableStyle);
      } else if (name === 'table') {
        tables.push({
          name: attributeValue(text, start, end, 'name') ?? `Feuille ${tables.length + 1}`,
          style: attributeValue(text, start, end, 'style-name'),
        });
        scanner.skipUntil(tableTagPattern(qualifiedNameAt(text, start, end)));
      }
    },
    close(name) {
      if (name === 'style') tableStyle = null;
    },
    text() {},
  }));
  const sheets: WorkbookSheet[] = tables.map((table) => ({
    name: table.name,
    hidden: table.style !== undefined && hiddenStyles.has(table.style),
    kind: 'worksheet',
    rows: null,
    columns: null,
  }));
  return { content, sheets };
}
