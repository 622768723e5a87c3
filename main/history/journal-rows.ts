/**
 * Turns the history's rows into the plain JSON records the journal shows. The source file's path
 * is never selected here: what leaves these functions may cross to the renderer.
 */
import type { PublicationEventType, PublicationStatus } from '../../shared/history/publication-events.js';
import type { JournalEntry, JsonValue, PublicationEventView } from '../../shared/history/publication-record.js';

/** The columns of a journal row, as `JOURNAL_COLUMNS` selects them. */
export interface JournalRow {
  id: number;
  publication_key: string;
  dataset_title: string;
  dataset_slug: string;
  version: number;
  portal_profile: string;
  portal_engine: string;
  portal_base_url: string | null;
  status: string;
  status_at: string;
  recorded_at: string;
  source_name: string;
  output_rows: number;
  output_columns: number;
  licence: string;
  os_user: string;
  remote_dataset_id: string | null;
  remote_dataset_url: string | null;
  remote_resource_id: string | null;
  remote_resource_url: string | null;
}

/** The select list of a journal row, over `publication p JOIN publication_state s`. */
export const JOURNAL_COLUMNS = `p.id, p.publication_key, p.dataset_title, p.dataset_slug, p.version, p.portal_profile,
  p.portal_engine, p.portal_base_url, s.status, s.status_at, p.recorded_at, p.source_name, p.output_rows,
  p.output_columns, p.licence, p.os_user, s.remote_dataset_id, s.remote_dataset_url, s.remote_resource_id,
  s.remote_resource_url`;

/** A journal row as the journal list shows it. */
export function journalEntry(row: JournalRow): JournalEntry {
  return {
    publicationId: row.id,
    publicationKey: row.publication_key,
    datasetTitle: row.dataset_title,
    datasetSlug: row.dataset_slug,
    version: row.version,
    portal: { profileName: row.portal_profile, engine: row.portal_engine, baseUrl: row.portal_base_url },
    status: row.status as PublicationStatus,
    statusAt: row.status_at,
    recordedAt: row.recorded_at,
    sourceName: row.source_name,
    rowCount: row.output_rows,
    columnCount: row.output_columns,
    licence: row.licence,
    osUser: row.os_user,
    remote: {
      datasetId: row.remote_dataset_id,
      datasetUrl: row.remote_dataset_url,
      resourceId: row.remote_resource_id,
      resourceUrl: row.remote_resource_url,
    },
  };
}

/** The columns of an event row. */
export interface EventRow {
  id: number;
  type: string;
  at: string;
  details: string;
}

/** An event row as the story of a publication shows it. */
export function eventView(row: EventRow): PublicationEventView {
  return {
    eventId: row.id,
    type: row.type as PublicationEventType,
    at: row.at,
    details: JSON.parse(row.details) as Record<string, JsonValue>,
  };
}
