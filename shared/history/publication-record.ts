/**
 * What the publishing history keeps of a publication, as the journal screen, the comparison and
 * the audit exports see it. Plain JSON data: these cross the boundary between main and renderer,
 * so they carry the source file's name, never its path on the clerk's machine.
 */
import type { PreflightReport } from '../decisions/draft-content.js';
import type { PersonalDataFinding } from '../detect/finding.js';
import type { DatasetMetadata } from '../metadata/model.js';
import type { PublicationEventType, PublicationStatus } from './publication-events.js';

/** Any JSON value, for the free-form parts of a record (decision parameters, event details). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A decision on one column, as the history keeps it. A structural type of its own, so that the
 * history stays readable whatever shape the decision editor (`shared/decisions/`) takes later.
 */
export interface RecordedDecision {
  columnName: string;
  /** `drop`, `mask`, `pseudonymise`, `generalise`, `redact`, `keep`… */
  action: string;
  /** The action's setting (rounding, date precision…), if any. */
  parameter?: JsonValue;
  /** The clerk's written reason, required to keep a flagged column. */
  justification?: string;
  /** The legal ground, e.g. « CRPA L311-6 » or « RGPD art. 6-1-e ». */
  legalBasis?: string;
}

/** A finding the clerk set aside as not personal data, with the reason given. */
export interface RecordedDismissal {
  columnName: string;
  /** The finding's category (`person-name`, `email`…). */
  category: string;
  reason: string;
}

/** The portal a publication went to (`folder` for an export to a folder). */
export interface PortalRef {
  /** The portal profile's name as the clerk set it up, e.g. « Toulouse Métropole ». */
  profileName: string;
  /** `opendatasoft`, `udata`, `ckan` or `folder`. */
  engine: string;
  baseUrl: string | null;
}

/** Where the publication is online, once the portal has answered. */
export interface RemoteLinks {
  datasetId: string | null;
  /** The dataset's page on the portal. */
  datasetUrl: string | null;
  resourceId: string | null;
  /** The published file's download address. */
  resourceUrl: string | null;
}

/** One row of the journal list. */
export interface JournalEntry {
  publicationId: number;
  publicationKey: string;
  datasetTitle: string;
  datasetSlug: string;
  /** 1 for the first publication of a dataset on a portal, then 2, 3… */
  version: number;
  portal: PortalRef;
  status: PublicationStatus;
  /** ISO instant of the event that set the status. */
  statusAt: string;
  /** ISO instant the publication was recorded. */
  recordedAt: string;
  sourceName: string;
  rowCount: number;
  columnCount: number;
  licence: string;
  osUser: string;
  remote: RemoteLinks;
}

/** One event of a publication's story. */
export interface PublicationEventView {
  eventId: number;
  type: PublicationEventType;
  /** ISO instant the event happened. */
  at: string;
  details: Record<string, JsonValue>;
}

/** The source file as it was read. */
export interface SourceFileRecord {
  name: string;
  sizeBytes: number;
  /** ISO instant of the file's last modification. */
  modifiedAt: string;
  sha256: string;
  format: string | null;
  sheet: string | null;
  headerRow: number | null;
  encoding: string | null;
  /** The column names read from the header. */
  columns: string[];
}

/** The file that was published or exported. */
export interface OutputFileRecord {
  name: string | null;
  sha256: string;
  rowCount: number;
  columnCount: number;
  /** The column names as published, after the decisions. */
  columns: string[];
}

/** A version of the same dataset, for the version picker of the comparison. */
export interface DatasetVersionSummary {
  publicationId: number;
  version: number;
  recordedAt: string;
  status: PublicationStatus;
}

/** The whole story of one publication: the journal's detail view and the audit report. */
export interface PublicationDetail extends JournalEntry {
  appVersion: string;
  source: SourceFileRecord;
  output: OutputFileRecord;
  metadata: DatasetMetadata;
  findings: PersonalDataFinding[];
  decisions: RecordedDecision[];
  dismissals: RecordedDismissal[];
  /** The pre-flight report as it stood when the clerk published. */
  preflight: PreflightReport | null;
  events: PublicationEventView[];
  /** Every version of this dataset on this portal, oldest first. */
  versions: DatasetVersionSummary[];
}

/** How the journal list is sorted. */
export type JournalSortKey = 'recordedAt' | 'statusAt' | 'title' | 'status' | 'portal';

/** The journal's search, filters, sort and page. */
export interface JournalQuery {
  /** Accent-insensitive words, all of which must appear (title, slug, keywords, file, portal…). */
  text?: string;
  /** A portal profile name. */
  portal?: string;
  statuses?: PublicationStatus[];
  /** ISO instant, inclusive: the renderer turns the clerk's local day into an instant. */
  recordedFrom?: string;
  /** ISO instant, exclusive. */
  recordedBefore?: string;
  sort?: JournalSortKey;
  direction?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/** One page of the journal. */
export interface JournalPage {
  /** Entries matching the query, all pages together. */
  total: number;
  offset: number;
  items: JournalEntry[];
  /** Every portal profile found in the history, for the portal filter. */
  portals: string[];
}
