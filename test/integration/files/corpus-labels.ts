import type { TableInfo } from '../../../shared/table/table-info.js';

/** One labelled table (a CSV file, or one sheet of a workbook) of `corpus/labels.json`. */
export interface LabelledTable {
  path: string;
  sheet: string | null;
  format: string;
  encoding?: string | null;
  encoding_equivalents?: string[];
  bom?: boolean | null;
  header_row?: number | null;
  header_rows?: number[];
  row_count?: number | null;
  columns?: { name: string | null; header_path?: string[] }[];
  expect: 'table' | 'no-table' | 'error';
  reason?: string;
}

/** Python codec names of the labels, mapped to the labels `atelier inspect` prints. */
const CODEC_NAMES: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  cp850: 'ibm850',
  macintosh: 'macintosh',
};

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Our duplicate-name suffix (` (2)`) taken off, to compare with the label's exact header text. */
function withoutDedupeSuffix(name: string): string {
  return name.replace(/ \(\d+\)$/, '');
}

/** Whether our column name is the labelled one: same text, or the joined parts of a multi-row header. */
export function columnNameAgrees(ours: string, index: number, label: { name: string | null; header_path?: string[] }): boolean {
  if (label.name === null || normalise(label.name) === '') return ours === `colonne ${index + 1}`;
  const candidates = new Set([normalise(label.name)]);
  if (label.header_path && label.header_path.length > 0) {
    candidates.add(normalise(label.header_path.join(' — ')));
    candidates.add(normalise(label.header_path[label.header_path.length - 1]!));
  }
  return candidates.has(normalise(ours)) || candidates.has(normalise(withoutDedupeSuffix(ours)));
}

/** The checks of one labelled table, each true when our reading agrees with the label. */
export function tableChecks(label: LabelledTable, info: TableInfo): Record<string, boolean> {
  const checks: Record<string, boolean> = {};
  checks.format = info.format === label.format.split(' ')[0];
  if (label.format === 'csv') {
    const accepted = [label.encoding, ...(label.encoding_equivalents ?? [])].filter((e): e is string => !!e).map((e) => CODEC_NAMES[e] ?? e);
    checks.encoding = accepted.includes(info.encoding ?? '') && (label.bom === undefined || label.bom === null || info.bom === label.bom);
  }
  const headerRows = label.header_rows ?? (label.header_row === null || label.header_row === undefined ? [] : [label.header_row]);
  checks.headerRow = headerRows.length === 0 ? info.headerRow === null : info.headerRow !== null && headerRows.includes(info.headerRow);
  checks.rowCount = info.rowCount === label.row_count;
  const columns = label.columns ?? [];
  checks.columns = info.columns.length === columns.length && columns.every((c, i) => columnNameAgrees(info.columns[i]!.name, i, c));
  return checks;
}
