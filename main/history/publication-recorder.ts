/**
 * Records publications in the history and appends the events of their story. Called by the
 * publishing flow (the outbox's transitions are wired here by the app); the history's triggers
 * refuse any rewrite, so these functions only ever insert — and keep each publication's summary
 * (`publication_state`) in step with its events, in the same transaction.
 */
import os from 'node:os';
import path from 'node:path';
import type { PreflightReport } from '../../shared/decisions/draft-content.js';
import type { PersonalDataFinding } from '../../shared/detect/finding.js';
import { AppError } from '../../shared/errors.js';
import { foldSearchText } from '../../shared/history/fold-search-text.js';
import type { PublicationEventType } from '../../shared/history/publication-events.js';
import { isPublicationEventType, statusAfterEvent } from '../../shared/history/publication-events.js';
import type {
  JsonValue,
  PortalRef,
  RecordedDecision,
  RecordedDismissal,
  RemoteLinks,
} from '../../shared/history/publication-record.js';
import type { DatasetMetadata } from '../../shared/metadata/model.js';
import type { AtelierDatabase } from '../db/database.js';
import { preparedFor } from './prepared-statements.js';
import { isoInstant, requiredText, sha256Hex, webAddress, wholeNumber } from './record-validation.js';

/** Everything known of a publication when the clerk sends it (or exports it to a folder). */
export interface PublicationRecordInput {
  /** The caller's unique key for this publication (the outbox's publicationKey). */
  publicationKey: string;
  datasetTitle: string;
  datasetSlug: string;
  portal: PortalRef;
  source: {
    /** Absolute path on this machine: kept for the DPO, never sent to the renderer. */
    path: string;
    sizeBytes: number;
    /** ISO instant of the file's last modification. */
    modifiedAt: string;
    sha256: string;
    format?: string | null;
    sheet?: string | null;
    headerRow?: number | null;
    encoding?: string | null;
    columns: string[];
  };
  output: { name?: string | null; sha256: string; rowCount: number; columnCount: number; columns: string[] };
  metadata: DatasetMetadata;
  findings: PersonalDataFinding[];
  decisions: RecordedDecision[];
  dismissals: RecordedDismissal[];
  preflight: PreflightReport | null;
  appVersion: string;
  /** The OS user name; the current user's when absent. */
  osUser?: string;
  /** ISO instant; now when absent. */
  recordedAt?: string;
  /** When the scan ran and the decisions were completed: each becomes an event of the story. */
  scannedAt?: string;
  decidedAt?: string;
}

/** A publication as recorded: its id in the history and the version number it was given. */
export interface RecordedPublication {
  publicationId: number;
  version: number;
}

/** One event to append to a publication's story. */
export interface PublicationEventInput {
  type: PublicationEventType;
  /** ISO instant it happened; now when absent. */
  at?: string;
  details?: Record<string, JsonValue>;
}

interface StateRow {
  status: string;
  status_at: string;
  event_count: number;
  remote_dataset_id: string | null;
  remote_dataset_url: string | null;
  remote_resource_id: string | null;
  remote_resource_url: string | null;
}

const statements = preparedFor((db) => ({
  byKey: db.prepare<[string], { id: number; version: number; source_sha256: string; output_sha256: string; dataset_slug: string }>(
    'SELECT id, version, source_sha256, output_sha256, dataset_slug FROM publication WHERE publication_key = ?',
  ),
  lastVersion: db.prepare<[string, string], { version: number | null }>(
    'SELECT max(version) AS version FROM publication WHERE portal_profile = ? AND dataset_slug = ?',
  ),
  insertPublication: db.prepare(`INSERT INTO publication (
      publication_key, dataset_title, dataset_slug, version, portal_profile, portal_engine, portal_base_url,
      recorded_at, search_text, sort_title, source_name, output_rows, output_columns, licence, os_user, app_version,
      source_path, source_size, source_modified_at, source_sha256, source_format, sheet, header_row, encoding,
      output_name, output_sha256)
    VALUES (@publicationKey, @datasetTitle, @datasetSlug, @version, @portalProfile, @portalEngine, @portalBaseUrl,
      @recordedAt, @searchText, @sortTitle, @sourceName, @outputRows, @outputColumns, @licence, @osUser, @appVersion,
      @sourcePath, @sourceSize, @sourceModifiedAt, @sourceSha256, @sourceFormat, @sheet, @headerRow, @encoding,
      @outputName, @outputSha256)`),
  insertContent: db.prepare(`INSERT INTO publication_content (
      publication_id, source_columns, output_column_names, metadata, findings, decisions, dismissals, preflight)
    VALUES (@publicationId, @sourceColumns, @outputColumnNames, @metadata, @findings, @decisions, @dismissals, @preflight)`),
  insertState: db.prepare<[number, string]>(
    "INSERT INTO publication_state (publication_id, status, status_at, event_count) VALUES (?, 'recorded', ?, 0)",
  ),
  state: db.prepare<[number], StateRow>('SELECT * FROM publication_state WHERE publication_id = ?'),
  insertEvent: db.prepare<[number, string, string, string, string]>(
    'INSERT INTO publication_event (publication_id, type, at, details, recorded_at) VALUES (?, ?, ?, ?, ?)',
  ),
  updateState: db.prepare(`UPDATE publication_state SET status = @status, status_at = @statusAt,
      remote_dataset_id = @datasetId, remote_dataset_url = @datasetUrl, remote_resource_id = @resourceId,
      remote_resource_url = @resourceUrl, event_count = @eventCount
    WHERE publication_id = @publicationId`),
  idByKey: db.prepare<[string], { id: number }>('SELECT id FROM publication WHERE publication_key = ?'),
}));

/**
 * Records a publication with its inputs, outputs and decisions, gives it the next version number
 * of its dataset on its portal, and appends its first events (created, then scanned and decided
 * when their times are given). Recording the same key again returns the first record unchanged;
 * the same key for different files throws `history.key-conflict`.
 */
export function recordPublication(db: AtelierDatabase, input: PublicationRecordInput): RecordedPublication {
  const row = publicationRow(input);
  const sql = statements(db);
  return db.transaction((): RecordedPublication => {
    const existing = sql.byKey.get(row.publicationKey);
    if (existing) {
      const same = existing.source_sha256 === row.sourceSha256 && existing.output_sha256 === row.outputSha256
        && existing.dataset_slug === row.datasetSlug;
      if (!same) throw new AppError('history.key-conflict', { publicationKey: row.publicationKey });
      return { publicationId: existing.id, version: existing.version };
    }
    const version = (sql.lastVersion.get(row.portalProfile, row.datasetSlug)?.version ?? 0) + 1;
    const { sourceColumns, outputColumnNames, metadata, findings, decisions, dismissals, preflight, ...summary } = row;
    const publicationId = Number(sql.insertPublication.run({ ...summary, version }).lastInsertRowid);
    sql.insertContent.run({ publicationId, sourceColumns, outputColumnNames, metadata, findings, decisions, dismissals, preflight });
    sql.insertState.run(publicationId, row.recordedAt);
    appendPublicationEvent(db, publicationId, { type: 'created', at: row.recordedAt, details: { version } });
    if (input.scannedAt) {
      appendPublicationEvent(db, publicationId, { type: 'scanned', at: input.scannedAt, details: { findings: input.findings.length } });
    }
    if (input.decidedAt) {
      appendPublicationEvent(db, publicationId, {
        type: 'decided',
        at: input.decidedAt,
        details: { decisions: input.decisions.length, dismissals: input.dismissals.length },
      });
    }
    return { publicationId, version };
  })();
}

/**
 * Appends one event to a publication's story and moves its summary (status, portal links) on.
 * Throws `history.not-found` for an unknown publication, `history.invalid-record` for a bad
 * type or date.
 */
export function appendPublicationEvent(db: AtelierDatabase, publicationId: number, event: PublicationEventInput): number {
  if (!isPublicationEventType(event.type)) throw new AppError('history.invalid-record', { field: 'type' });
  const at = event.at === undefined ? new Date().toISOString() : isoInstant(event.at, 'at');
  const details = event.details ?? {};
  if (event.type === 'remote-linked') remoteLinksOf(details);
  const sql = statements(db);
  return db.transaction((): number => {
    const state = sql.state.get(publicationId);
    if (!state) throw new AppError('history.not-found', { publicationId });
    const eventId = Number(sql.insertEvent.run(publicationId, event.type, at, JSON.stringify(details), new Date().toISOString()).lastInsertRowid);
    const status = statusAfterEvent(event.type);
    const links = event.type === 'remote-linked' ? remoteLinksOf(details) : {};
    sql.updateState.run({
      publicationId,
      status: status ?? state.status,
      statusAt: status === null ? state.status_at : at,
      datasetId: links.datasetId ?? state.remote_dataset_id,
      datasetUrl: links.datasetUrl ?? state.remote_dataset_url,
      resourceId: links.resourceId ?? state.remote_resource_id,
      resourceUrl: links.resourceUrl ?? state.remote_resource_url,
      eventCount: state.event_count + 1,
    });
    return eventId;
  })();
}

/**
 * Records where the publication is on the portal (dataset and resource ids, page and download
 * addresses), as a `remote-linked` event. Members left out keep their earlier value.
 */
export function setRemote(db: AtelierDatabase, publicationId: number, links: Partial<RemoteLinks>, at?: string): number {
  const details: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(links)) if (value) details[key] = value;
  return appendPublicationEvent(db, publicationId, at === undefined ? { type: 'remote-linked', details } : { type: 'remote-linked', at, details });
}

/** The history's id of the publication recorded under `publicationKey`, or null. */
export function publicationIdByKey(db: AtelierDatabase, publicationKey: string): number | null {
  return statements(db).idByKey.get(publicationKey)?.id ?? null;
}

/**
 * The portal links carried by a `remote-linked` event. Addresses must be `http:` or `https:`:
 * the journal and the report turn them into links.
 */
function remoteLinksOf(details: Record<string, JsonValue>): Partial<RemoteLinks> {
  const text = (key: keyof RemoteLinks): string | undefined => {
    const value = details[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new AppError('history.invalid-record', { field: key });
    return value;
  };
  const links: Partial<RemoteLinks> = {};
  const datasetId = text('datasetId');
  const resourceId = text('resourceId');
  const datasetUrl = webAddress(text('datasetUrl'), 'datasetUrl');
  const resourceUrl = webAddress(text('resourceUrl'), 'resourceUrl');
  if (datasetId) links.datasetId = datasetId;
  if (resourceId) links.resourceId = resourceId;
  if (datasetUrl) links.datasetUrl = datasetUrl;
  if (resourceUrl) links.resourceUrl = resourceUrl;
  return links;
}

/** The publication's columns, checked and folded for search. */
function publicationRow(input: PublicationRecordInput) {
  const datasetTitle = requiredText(input.datasetTitle, 'datasetTitle');
  const datasetSlug = requiredText(input.datasetSlug, 'datasetSlug');
  const portalProfile = requiredText(input.portal.profileName, 'portal.profileName');
  // win32 rules read both separators, so a Windows path recorded elsewhere still gives its name.
  const sourceName = path.win32.basename(input.source.path);
  const metadata = input.metadata;
  const osUser = input.osUser ?? currentOsUser();
  const searchable = [
    datasetTitle, datasetSlug, portalProfile, input.portal.engine, sourceName, input.output.name ?? '',
    metadata.producer, metadata.licence, ...metadata.keywords, ...metadata.themes, osUser,
  ];
  return {
    publicationKey: requiredText(input.publicationKey, 'publicationKey'),
    datasetTitle,
    datasetSlug,
    portalProfile,
    portalEngine: requiredText(input.portal.engine, 'portal.engine'),
    portalBaseUrl: webAddress(input.portal.baseUrl, 'portal.baseUrl'),
    sourcePath: requiredText(input.source.path, 'source.path'),
    sourceName,
    sourceSize: wholeNumber(input.source.sizeBytes, 'source.sizeBytes'),
    sourceModifiedAt: isoInstant(input.source.modifiedAt, 'source.modifiedAt'),
    sourceSha256: sha256Hex(input.source.sha256, 'source.sha256'),
    sourceFormat: input.source.format ?? null,
    sheet: input.source.sheet ?? null,
    headerRow: input.source.headerRow === undefined || input.source.headerRow === null
      ? null
      : wholeNumber(input.source.headerRow, 'source.headerRow', 1),
    encoding: input.source.encoding ?? null,
    sourceColumns: JSON.stringify(input.source.columns),
    outputName: input.output.name ?? null,
    outputSha256: sha256Hex(input.output.sha256, 'output.sha256'),
    outputRows: wholeNumber(input.output.rowCount, 'output.rowCount'),
    outputColumns: wholeNumber(input.output.columnCount, 'output.columnCount'),
    outputColumnNames: JSON.stringify(input.output.columns),
    metadata: JSON.stringify(metadata),
    licence: metadata.licence,
    findings: JSON.stringify(input.findings),
    decisions: JSON.stringify(input.decisions),
    dismissals: JSON.stringify(input.dismissals),
    preflight: input.preflight === null ? null : JSON.stringify(input.preflight),
    osUser,
    appVersion: requiredText(input.appVersion, 'appVersion'),
    recordedAt: input.recordedAt === undefined ? new Date().toISOString() : isoInstant(input.recordedAt, 'recordedAt'),
    searchText: searchable.map(foldSearchText).filter((part) => part !== '').join(' '),
    sortTitle: foldSearchText(datasetTitle),
  };
}

/** The OS account name, « who » in the history; `inconnu` where the system will not say. */
function currentOsUser(): string {
  try {
    return os.userInfo().username || 'inconnu';
  } catch {
    return 'inconnu';
  }
}
