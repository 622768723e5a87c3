/**
 * The journal as a CSV file for an audit: UTF-8 with a byte-order mark and `;` between fields,
 * as Excel in French expects, one line per publication with what the DPO asks first — what,
 * where, when, who, from which file, and what was removed or transformed.
 */
import type { PublicationStatus } from '../../shared/history/publication-events.js';
import type { JournalQuery, RecordedDecision } from '../../shared/history/publication-record.js';
import type { AtelierDatabase } from '../db/database.js';
import { actionFr, statusFr } from './french-labels.js';
import { JOURNAL_FROM, journalFilter } from './journal-queries.js';
import type { JournalRow } from './journal-rows.js';
import { JOURNAL_COLUMNS } from './journal-rows.js';
import { preparedText } from './prepared-statements.js';

interface CsvRow extends JournalRow {
  source_sha256: string;
  sheet: string | null;
  encoding: string | null;
  output_name: string | null;
  output_sha256: string;
  decisions: string;
  finding_count: number;
  dismissal_count: number;
  app_version: string;
}

const HEADER = [
  'Identifiant', 'Clé de publication', 'Jeu de données', 'Identifiant du jeu', 'Version', 'Portail', 'Moteur',
  'Adresse du portail', 'Statut', 'Date du statut', 'Enregistrée le', 'Fichier source', 'SHA-256 source',
  'Feuille', 'Encodage', 'Fichier publié', 'SHA-256 publié', 'Lignes', 'Colonnes', 'Licence', 'Constats',
  'Constats écartés', 'Décisions', 'Page sur le portail', 'Fichier sur le portail', 'Utilisateur', 'Version de l’application',
];

/**
 * Writes every publication matching `query` (search and filters; no paging) as CSV text, most
 * recent first unless the query sorts otherwise. Starts with the BOM; lines end with CRLF.
 */
export function journalCsv(db: AtelierDatabase, query: JournalQuery = {}): string {
  const { where, params } = journalFilter(query);
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = preparedText(db, `SELECT ${JOURNAL_COLUMNS}, p.source_sha256, p.sheet, p.encoding, p.output_name,
      p.output_sha256, c.decisions, json_array_length(c.findings) AS finding_count,
      json_array_length(c.dismissals) AS dismissal_count, p.app_version
    ${JOURNAL_FROM} JOIN publication_content c ON c.publication_id = p.id ${where} ORDER BY p.recorded_at ${direction}, p.id ${direction}`).all(...params) as CsvRow[];
  const lines = [HEADER.map(csvField).join(';')];
  for (const row of rows) {
    lines.push([
      row.id, row.publication_key, row.dataset_title, row.dataset_slug, row.version, row.portal_profile,
      row.portal_engine, row.portal_base_url, statusFr(row.status as PublicationStatus), row.status_at,
      row.recorded_at, row.source_name, row.source_sha256, row.sheet, row.encoding, row.output_name,
      row.output_sha256, row.output_rows, row.output_columns, row.licence, row.finding_count, row.dismissal_count,
      decisionSummary(JSON.parse(row.decisions) as RecordedDecision[]), row.remote_dataset_url,
      row.remote_resource_url, row.os_user, row.app_version,
    ].map(csvField).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** « Nom : colonne supprimée | Adresse : valeurs généralisées » — one cell for every decision. */
function decisionSummary(decisions: RecordedDecision[]): string {
  return decisions.map((decision) => `${decision.columnName}\u00a0: ${actionFr(decision.action)}`).join(' | ');
}

/**
 * One CSV field: quoted when it holds a separator, a quote or a line break; text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is prefixed
 * with an apostrophe, since titles and file names come from the clerk's files.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
