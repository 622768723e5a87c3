import { AppError } from '../../../../shared/errors.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { WorkbookSheet } from '../workbook-types.js';
import { attributeValue } from '../xml/xml-attributes.js';
import { forEachElement } from '../xml/scan-text.js';
import { inflateEntry, readEntryText } from '../zip/zip-entry-reader.js';
import { TableTagFinder, tablePrefixOf } from './ods-table-finder.js';
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
 * The sheets of an ODS file, its `content.xml`, the prefix of its table elements, and the cell
 * styles that show integers padded with zeros (style name → digits).
 */
export interface OdsPackage {
  content: ZipEntry;
  sheets: WorkbookSheet[];
  tablePrefix: string;
  codeStyles: Map<string, number>;
}

/**
 * Lists the sheets of an ODS file (ODF 1.2 Part 1 §9.1): every `<table:table>` of `content.xml`,
 * found in the inflated bytes without decoding them, hidden when its automatic table style
 * (parsed from the bytes before the first table) says `table:display="false"`. A package whose
 * manifest declares encryption data is password-protected (ODF 1.2 Part 3 §4.8).
 */
export async function readOdsSheets(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits): Promise<OdsPackage> {
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

  const stylesPart = directory.find('styles.xml');
  const commonStyles = stylesPart ? await readEntryText(source, stylesPart, limits) : '';
  let hiddenStyles: Set<string> | null = null;
  let codeStyles = new Map<string, number>();
  let head: Buffer[] = [];
  let headLength = 0;
  let finder: TableTagFinder | null = null;
  let tablePrefix = 'table';
  const tables: { name: string; style: string | undefined }[] = [];
  for await (const chunk of inflateEntry(source, content, limits)) {
    if (hiddenStyles === null) {
      head.push(chunk);
      headLength += chunk.length;
      if (headLength > limits.maxPartBytes) throw new AppError('file.too-large', { file: source.name, part: content.name });
    }
    if (!finder) {
      tablePrefix = tablePrefixOf(chunk) ?? 'table';
      finder = new TableTagFinder(tablePrefix, MAX_TABLE_TAG_BYTES);
    }
    finder.push(chunk, ({ tag }) => {
      if (hiddenStyles === null) {
        const automaticStyles = Buffer.concat(head).toString('utf8');
        hiddenStyles = hiddenTableStyles(automaticStyles);
        codeStyles = zeroPaddedCellStyles([commonStyles, automaticStyles]);
        head = [];
      }
      tables.push({ name: attributeValue(tag, 0, tag.length, 'name') ?? `Feuille ${tables.length + 1}`, style: attributeValue(tag, 0, tag.length, 'style-name') });
      return false;
    });
  }
  const hidden: Set<string> = hiddenStyles ?? new Set();
  const sheets: WorkbookSheet[] = tables.map((table) => ({
    name: table.name,
    hidden: table.style !== undefined && hidden.has(table.style),
    kind: 'worksheet',
    rows: null,
    columns: null,
  }));
  return { content, sheets, tablePrefix, codeStyles };
}

/** A table tag longer than this is not a real one (names are at most a few hundred bytes). */
export const MAX_TABLE_TAG_BYTES = 1024 * 1024;

/** The automatic table styles that hide their sheet, from the part's text before the first table. */
function hiddenTableStyles(head: string): Set<string> {
  const hidden = new Set<string>();
  let tableStyle: string | null = null;
  let beforeTables = true;
  forEachElement(head, (element, ancestors) => {
    if (!beforeTables) return;
    if (element.name === 'table') {
      beforeTables = false;
    } else if (element.name === 'style') {
      tableStyle = element.attribute('family') === 'table' ? (element.attribute('name') ?? null) : null;
    } else if (element.name === 'table-properties' && tableStyle !== null && ancestors.at(-1) === 'style' && element.attribute('display') === 'false') {
      hidden.add(tableStyle);
    }
  });
  return hidden;
}

/**
 * Cell styles whose number style is only an integer with `min-integer-digits` ≥ 2 and no
 * decimals (ODF 1.2 Part 1 §16.27.2): LibreOffice's way of showing postal codes and other codes
 * with their leading zeros. Number styles live in `styles.xml` or among the automatic styles;
 * cell styles point to them by `style:data-style-name`.
 */
function zeroPaddedCellStyles(parts: string[]): Map<string, number> {
  const numberStyles: { name: string; digits: number; pure: boolean }[] = [];
  const cellStyles: { name: string; dataStyle: string }[] = [];
  for (const xml of parts) {
    let beforeTables = true;
    forEachElement(xml, (element, ancestors) => {
      if (!beforeTables || element.name === 'table') {
        beforeTables = false;
        return;
      }
      const parent = ancestors.at(-1);
      if (element.name === 'number-style') {
        numberStyles.push({ name: element.attribute('name') ?? '', digits: 0, pure: true });
      } else if (parent === 'number-style') {
        const style = numberStyles.at(-1);
        if (!style) return;
        if (element.name === 'number' && Number(element.attribute('decimal-places') ?? 0) === 0 && element.attribute('grouping') !== 'true') {
          style.digits = Number(element.attribute('min-integer-digits') ?? 1);
        } else {
          style.pure = false;
        }
      } else if (element.name === 'style' && element.attribute('family') === 'table-cell') {
        const dataStyle = element.attribute('data-style-name');
        if (dataStyle) cellStyles.push({ name: element.attribute('name') ?? '', dataStyle });
      }
    });
  }
  const padded = new Map(numberStyles.filter((style) => style.pure && style.digits >= 2).map((style) => [style.name, style.digits]));
  const codeStyles = new Map<string, number>();
  for (const style of cellStyles) {
    const digits = padded.get(style.dataStyle);
    if (digits !== undefined) codeStyles.set(style.name, digits);
  }
  return codeStyles;
}
