import type { FindingCategory, PersonalDataFinding } from '../../shared/detect/finding.js';
import { DEFAULT_K_THRESHOLD } from '../../shared/detect/k-anonymity.js';
import { foldAccents } from '../../shared/detect/text-fold.js';
import type { Cell } from '../../shared/table/cell.js';
import type { ColumnProfile } from '../../shared/table/table-info.js';
import type { OpenedTable } from '../files/open-table.js';

/** Headers of count columns in aggregated tables (« Nombre de naissances », « effectif », « nb_deces »…). */
const COUNT_HEADER = /(^|[^a-z])(nombre|nbre|nb|effectifs?|total|count|naissances?|deces|mariages?|inscrits?|beneficiaires|allocataires|demandeurs)([^a-z]|$)/;

/** Categories that show the table is about persons, one row each, rather than an aggregate. */
const AGGREGATE_COMPATIBLE: ReadonlySet<FindingCategory> = new Set(['quasi-identifier', 'protected', 'small-count']);

const MAX_EXAMPLES = 5;

function countOf(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const digits = cell.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
}

/** The count columns of a table that looks aggregated: integers under a count-like header. */
export function countColumns(columns: readonly ColumnProfile[], findings: readonly PersonalDataFinding[]): ColumnProfile[] {
  if (findings.some((finding) => !AGGREGATE_COMPATIBLE.has(finding.category))) return [];
  const counts = columns.filter((column) => column.type === 'integer' && COUNT_HEADER.test(foldAccents(column.name).toLowerCase()));
  // An aggregate describes its groups in other columns (commune, year, category…).
  return counts.length > 0 && counts.length < columns.length ? counts : [];
}

/**
 * Statistical secrecy (loi n° 51-711 art. 6, CRPA L311-5 2° h): in an aggregated table, a count
 * from 1 to threshold − 1 can single people out. Each count column holding such counts becomes a
 * finding, with the rows where they stand, so the clerk decides (e.g. « < 5 ») before publishing.
 */
export async function statisticalSecrecyFindings(
  table: OpenedTable,
  findings: readonly PersonalDataFinding[],
  signal?: AbortSignal,
  threshold = DEFAULT_K_THRESHOLD,
): Promise<PersonalDataFinding[]> {
  const columns = countColumns(table.info.columns, findings);
  if (columns.length === 0) return [];
  const tally = columns.map(() => ({ examined: 0, small: 0, rows: [] as number[] }));
  let rowIndex = 0;
  for await (const batch of table.rows(signal)) {
    for (const row of batch) {
      columns.forEach((column, k) => {
        const count = countOf(row[column.index]);
        const entry = tally[k];
        if (count === null || !entry) return;
        entry.examined++;
        if (count >= 1 && count < threshold) {
          entry.small++;
          if (entry.rows.length < MAX_EXAMPLES) entry.rows.push(rowIndex);
        }
      });
      rowIndex++;
    }
  }
  return columns.flatMap((column, k) => {
    const entry = tally[k];
    if (!entry || entry.small === 0) return [];
    const finding: PersonalDataFinding = {
      columnIndex: column.index,
      columnName: column.name,
      category: 'small-count',
      confidence: 'medium',
      evidence: {
        examined: entry.examined,
        matched: entry.small,
        validated: entry.small,
        share: entry.small / Math.max(1, entry.examined),
        exampleRows: entry.rows,
        maskedExamples: [],
        headerHint: true,
      },
      reason: `Ce tableau agrégé compte ${entry.small} effectif${entry.small > 1 ? 's' : ''} entre 1 et ${threshold - 1} dans «\u00a0${column.name}\u00a0»\u00a0: ils peuvent désigner des personnes (secret statistique, loi n° 51-711 art. 6, CRPA L311-5 2° h).`,
    };
    return [finding];
  });
}
