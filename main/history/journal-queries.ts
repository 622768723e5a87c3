/**
 * Reads the history for the journal screen: a page of publications with accent-insensitive
 * search, filters by portal, status and date, and sort; and the whole story of one publication.
 */
import { AppError } from '../../shared/errors.js';
import { searchTerms } from '../../shared/history/fold-search-text.js';
import type { PublicationStatus } from '../../shared/history/publication-events.js';
import type {
  DatasetVersionSummary,
  JournalPage,
  JournalQuery,
  JournalSortKey,
  OutputFileRecord,
  PublicationDetail,
  SourceFileRecord,
} from '../../shared/history/publication-record.js';
import type { AtelierDatabase } from '../db/database.js';
import type { EventRow, JournalRow } from './journal-rows.js';
import { eventView, journalEntry, JOURNAL_COLUMNS } from './journal-rows.js';
import { preparedFor, preparedText } from './prepared-statements.js';
import { isoInstant } from './record-validation.js';

/** The page size when the query names none, and the most one page may hold. */
export const JOURNAL_PAGE_SIZE = 50;
export const JOURNAL_PAGE_MAX = 500;

// Every key ends on a unique column so that pages never overlap or skip a row.
const ORDER_BY: Record<JournalSortKey, (direction: 'ASC' | 'DESC') => string> = {
  recordedAt: (d) => `p.recorded_at ${d}, p.id ${d}`,
  statusAt: (d) => `s.status_at ${d}, p.id ${d}`,
  title: (d) => `p.sort_title ${d}, p.version ${d}, p.id ${d}`,
  status: (d) => `s.status ${d}, s.status_at DESC, p.id DESC`,
  portal: (d) => `p.portal_profile ${d}, p.recorded_at DESC, p.id DESC`,
};

const statements = preparedFor((db) => ({
  portals: db.prepare<[], { portal_profile: string }>('SELECT DISTINCT portal_profile FROM publication ORDER BY portal_profile'),
  detail: db.prepare<[number], JournalRow & DetailColumns>(`SELECT ${JOURNAL_COLUMNS}, p.app_version, p.source_size,
      p.source_modified_at, p.source_sha256, p.source_format, p.sheet, p.header_row, p.encoding, c.source_columns,
      p.output_name, p.output_sha256, c.output_column_names, c.metadata, c.findings, c.decisions, c.dismissals, c.preflight
    FROM publication p JOIN publication_state s ON s.publication_id = p.id
      JOIN publication_content c ON c.publication_id = p.id
    WHERE p.id = ?`),
  events: db.prepare<[number], EventRow>('SELECT id, type, at, details FROM publication_event WHERE publication_id = ? ORDER BY id'),
  versions: db.prepare<[string, string], { id: number; version: number; recorded_at: string; status: string }>(`SELECT p.id, p.version,
      p.recorded_at, s.status FROM publication p JOIN publication_state s ON s.publication_id = p.id
    WHERE p.portal_profile = ? AND p.dataset_slug = ? ORDER BY p.version`),
}));

interface DetailColumns {
  app_version: string;
  source_size: number;
  source_modified_at: string;
  source_sha256: string;
  source_format: string | null;
  sheet: string | null;
  header_row: number | null;
  encoding: string | null;
  source_columns: string;
  output_name: string | null;
  output_sha256: string;
  output_column_names: string;
  metadata: string;
  findings: string;
  decisions: string;
  dismissals: string;
  preflight: string | null;
}

/**
 * One page of the journal. Search folds accents and case (`deliberation` finds
 * « Délibérations ») and requires every word; filters combine; the default order is the most
 * recent first.
 */
export function listJournal(db: AtelierDatabase, query: JournalQuery = {}): JournalPage {
  const { where, params } = journalFilter(query);
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = ORDER_BY[query.sort ?? 'recordedAt'](direction);
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? JOURNAL_PAGE_SIZE), 1), JOURNAL_PAGE_MAX);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const count = preparedText(db, `SELECT count(*) AS total ${JOURNAL_FROM} ${where}`).get(...params) as { total: number };
  const rows = preparedText(db, `SELECT ${JOURNAL_COLUMNS} ${JOURNAL_FROM} ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as JournalRow[];
  return {
    total: count.total,
    offset,
    items: rows.map(journalEntry),
    portals: statements(db).portals.all().map((row) => row.portal_profile).sort(PORTAL_ORDER.compare),
  };
}

const PORTAL_ORDER = new Intl.Collator('fr', { sensitivity: 'base' });

/** The tables a journal query reads, aliased `p` and `s`. */
export const JOURNAL_FROM = 'FROM publication p JOIN publication_state s ON s.publication_id = p.id';

/**
 * The WHERE clause of a journal query and its values: every search word must appear in the
 * folded search text; portal, statuses and dates narrow further.
 */
export function journalFilter(query: JournalQuery): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const term of searchTerms(query.text ?? '')) {
    conditions.push('instr(p.search_text, ?) > 0');
    params.push(term);
  }
  if (query.portal !== undefined) {
    conditions.push('p.portal_profile = ?');
    params.push(query.portal);
  }
  const statuses: PublicationStatus[] = query.statuses ?? [];
  if (statuses.length > 0) {
    conditions.push(`s.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (query.recordedFrom !== undefined) {
    conditions.push('p.recorded_at >= ?');
    params.push(isoInstant(query.recordedFrom, 'recordedFrom'));
  }
  if (query.recordedBefore !== undefined) {
    conditions.push('p.recorded_at < ?');
    params.push(isoInstant(query.recordedBefore, 'recordedBefore'));
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The whole story of one publication. Throws `history.not-found` for an unknown id. */
export function publicationDetail(db: AtelierDatabase, publicationId: number): PublicationDetail {
  const sql = statements(db);
  const row = sql.detail.get(publicationId);
  if (!row) throw new AppError('history.not-found', { publicationId });
  const source: SourceFileRecord = {
    name: row.source_name,
    sizeBytes: row.source_size,
    modifiedAt: row.source_modified_at,
    sha256: row.source_sha256,
    format: row.source_format,
    sheet: row.sheet,
    headerRow: row.header_row,
    encoding: row.encoding,
    columns: JSON.parse(row.source_columns) as string[],
  };
  const output: OutputFileRecord = {
    name: row.output_name,
    sha256: row.output_sha256,
    rowCount: row.output_rows,
    columnCount: row.output_columns,
    columns: JSON.parse(row.output_column_names) as string[],
  };
  const versions: DatasetVersionSummary[] = sql.versions.all(row.portal_profile, row.dataset_slug).map((version) => ({
    publicationId: version.id,
    version: version.version,
    recordedAt: version.recorded_at,
    status: version.status as PublicationStatus,
  }));
  return {
    ...journalEntry(row),
    appVersion: row.app_version,
    source,
    output,
    metadata: JSON.parse(row.metadata) as PublicationDetail['metadata'],
    findings: JSON.parse(row.findings) as PublicationDetail['findings'],
    decisions: JSON.parse(row.decisions) as PublicationDetail['decisions'],
    dismissals: JSON.parse(row.dismissals) as PublicationDetail['dismissals'],
    preflight: row.preflight === null ? null : (JSON.parse(row.preflight) as PublicationDetail['preflight']),
    events: sql.events.all(publicationId).map(eventView),
    versions,
  };
}
