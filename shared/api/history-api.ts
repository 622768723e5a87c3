import type { VersionComparison } from '../history/compare-versions.js';
import type { DatabaseBackup, RestoreOutcome } from '../history/database-backup.js';
import type { PreviousVersionContext } from '../history/previous-version.js';
import { PUBLICATION_STATUSES } from '../history/publication-events.js';
import type { JournalPage, JournalQuery, PublicationDetail } from '../history/publication-record.js';
import type { JsonSchema, MethodSpec, NoParams, RequestSchemas } from './method.js';
import { noParamsSchema, objectSchema } from './method.js';

/** A document made for the clerk to save or print (the journal's CSV, a publication's report). */
export interface ExportedDocument {
  /** A suggested file name, without folder. */
  fileName: string;
  mediaType: 'text/csv;charset=utf-8' | 'text/html;charset=utf-8';
  content: string;
}

/** Methods of the `history` domain: the journal of publications and the database's backups. */
export interface HistoryApi {
  'history:list': MethodSpec<JournalQuery, JournalPage>;
  'history:detail': MethodSpec<{ publicationId: number }, PublicationDetail>;
  'history:compare': MethodSpec<{ firstId: number; secondId: number }, VersionComparison>;
  'history:previous-version': MethodSpec<{ publicationId: number }, PreviousVersionContext>;
  'history:export-journal': MethodSpec<{ query: JournalQuery }, ExportedDocument>;
  'history:export-report': MethodSpec<{ publicationId: number }, ExportedDocument>;
  'history:backups': MethodSpec<NoParams, DatabaseBackup[]>;
  /** Closes the database, puts the backup in its place and reopens it. */
  'history:restore-backup': MethodSpec<{ fileName: string }, RestoreOutcome>;
}

/** Events of the `history` domain (main → renderer). */
export interface HistoryEvents {
  /** A publication was recorded or its story moved on: a journal on screen refreshes. */
  'history:changed': { publicationId: number };
}

const publicationIdSchema: JsonSchema = { type: 'integer', minimum: 1 };
const instantSchema: JsonSchema = {
  type: 'string',
  maxLength: 40,
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$',
};

const journalQuerySchema: JsonSchema = objectSchema(
  {
    text: { type: 'string', maxLength: 200 },
    portal: { type: 'string', minLength: 1, maxLength: 200 },
    statuses: { type: 'array', items: { enum: [...PUBLICATION_STATUSES] }, uniqueItems: true, maxItems: PUBLICATION_STATUSES.length },
    recordedFrom: instantSchema,
    recordedBefore: instantSchema,
    sort: { enum: ['recordedAt', 'statusAt', 'title', 'status', 'portal'] },
    direction: { enum: ['asc', 'desc'] },
    offset: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1, maximum: 500 },
  },
  ['text', 'portal', 'statuses', 'recordedFrom', 'recordedBefore', 'sort', 'direction', 'offset', 'limit'],
);

export const historyRequestSchemas: RequestSchemas<HistoryApi> = {
  'history:list': journalQuerySchema,
  'history:detail': objectSchema({ publicationId: publicationIdSchema }),
  'history:compare': objectSchema({ firstId: publicationIdSchema, secondId: publicationIdSchema }),
  'history:previous-version': objectSchema({ publicationId: publicationIdSchema }),
  'history:export-journal': objectSchema({ query: journalQuerySchema }),
  'history:export-report': objectSchema({ publicationId: publicationIdSchema }),
  'history:backups': noParamsSchema,
  'history:restore-backup': objectSchema({
    fileName: { type: 'string', maxLength: 80, pattern: '^atelier-[0-9TZ-]+\\.sqlite$' },
  }),
};
