import { AppError } from '../../../../shared/errors.js';
import type { SourceFile } from '../source-file.js';
import type { WorkbookLimits } from '../workbook-limits.js';
import type { WorkbookSheet } from '../workbook-types.js';
import { forEachElement } from '../xml/scan-text.js';
import { readEntryText } from '../zip/zip-entry-reader.js';
import type { ZipDirectory, ZipEntry } from '../zip/zip-directory.js';

/** A sheet of an XLSX package and the part that holds it. */
export interface XlsxSheetPart extends WorkbookSheet {
  part: ZipEntry | undefined;
}

/** What the workbook part and its relations say: sheets, date system, shared parts. */
export interface XlsxPackage {
  sheets: XlsxSheetPart[];
  date1904: boolean;
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
}

interface Relationship {
  type: string;
  target: string;
}

/**
 * Reads the package structure (ECMA-376 Part 2): `_rels/.rels` names the workbook part, whose
 * relations name each sheet's part and kind, the shared strings and the styles. Strict OOXML
 * uses other relationship namespaces, so kinds are matched on the last segment only.
 */
export async function readXlsxPackage(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits): Promise<XlsxPackage> {
  const rootRelations = await readRelations(source, directory, limits, '');
  const officeDocument = [...rootRelations.values()].find((relation) => relation.type.endsWith('/officeDocument'));
  const workbookPath = officeDocument?.target ?? 'xl/workbook.xml';
  const workbookEntry = directory.find(workbookPath);
  if (!workbookEntry) throw new AppError('file.corrupt', { file: source.name, reason: 'xlsx-workbook-missing' });
  const relations = await readRelations(source, directory, limits, workbookPath);
  const byType = (suffix: string): ZipEntry | undefined => {
    const relation = [...relations.values()].find((candidate) => candidate.type.endsWith(suffix));
    return relation ? directory.find(relation.target) : undefined;
  };

  const sheets: XlsxSheetPart[] = [];
  let date1904 = false;
  forEachElement(await readEntryText(source, workbookEntry, limits), (element, ancestors) => {
    if (element.name === 'workbookPr' && ancestors.length === 1) {
      const flag = element.attribute('date1904');
      date1904 = flag === '1' || flag === 'true';
    } else if (element.name === 'sheet' && ancestors.at(-1) === 'sheets') {
      const relation = relations.get(element.attribute('id') ?? '');
      const type = relation?.type ?? '';
      const state = element.attribute('state');
      sheets.push({
        name: element.attribute('name') ?? `Feuille ${sheets.length + 1}`,
        hidden: state === 'hidden' || state === 'veryHidden',
        kind: type.endsWith('/worksheet') ? 'worksheet' : type.endsWith('/chartsheet') ? 'chartsheet' : 'other',
        rows: null,
        columns: null,
        part: relation ? directory.find(relation.target) : undefined,
      });
    }
  });
  return {
    sheets,
    date1904,
    sharedStrings: byType('/sharedStrings') ?? directory.find('xl/sharedStrings.xml'),
    styles: byType('/styles') ?? directory.find('xl/styles.xml'),
  };
}

/** The relations of a part, by id, with targets resolved to zip paths. */
async function readRelations(source: SourceFile, directory: ZipDirectory, limits: WorkbookLimits, partPath: string): Promise<Map<string, Relationship>> {
  const slash = partPath.lastIndexOf('/');
  const folder = slash >= 0 ? partPath.slice(0, slash + 1) : '';
  const entry = directory.find(`${folder}_rels/${partPath.slice(slash + 1)}.rels`);
  const relations = new Map<string, Relationship>();
  if (!entry) return relations;
  forEachElement(await readEntryText(source, entry, limits), (element) => {
    if (element.name !== 'Relationship' || element.attribute('TargetMode') === 'External') return;
    const id = element.attribute('Id');
    const target = element.attribute('Target');
    if (id && target) relations.set(id, { type: element.attribute('Type') ?? '', target: resolvePartPath(folder, target) });
  });
  return relations;
}

/** Resolves a relation target against the folder of its source part (`..` allowed). */
export function resolvePartPath(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
