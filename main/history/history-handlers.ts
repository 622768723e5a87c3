/**
 * The `history` domain of the API: the journal screen's list, detail, comparison, « nouvelle
 * version », audit exports, and the database's backups. The backup methods work even when the
 * database could not be opened, so the renderer can offer a restore after `db.corrupt`.
 */
import type { HistoryApi } from '../../shared/api/history-api.js';
import type { AtelierDatabase } from '../db/database.js';
import { listBackups, restoreBackup } from '../db/backup.js';
import type { DomainHandlers } from '../api/handler-types.js';
import { compareRecordedVersions, previousVersionContext } from './dataset-versions.js';
import { journalCsv } from './journal-csv.js';
import { listJournal, publicationDetail } from './journal-queries.js';
import { publicationReportHtml } from './publication-report-html.js';

/** What the history's handlers need from the app. */
export interface HistoryHandlerDeps {
  /** The open database; throws `db.corrupt` while it cannot be opened. */
  database: () => AtelierDatabase;
  /** Closes the database before a restore; the next `database()` opens the restored file. */
  closeDatabase: () => void;
  databaseFile: string;
  backupDir: string;
  now?: () => Date;
}

/** The handlers of the `history` domain. */
export function createHistoryHandlers(deps: HistoryHandlerDeps): DomainHandlers<HistoryApi> {
  const now = deps.now ?? (() => new Date());
  return {
    'history:list': (query) => listJournal(deps.database(), query),
    'history:detail': ({ publicationId }) => publicationDetail(deps.database(), publicationId),
    'history:compare': ({ firstId, secondId }) => compareRecordedVersions(deps.database(), firstId, secondId),
    'history:previous-version': ({ publicationId }) => previousVersionContext(deps.database(), publicationId),
    'history:export-journal': ({ query }) => ({
      fileName: `journal-des-publications-${now().toISOString().slice(0, 10)}.csv`,
      mediaType: 'text/csv;charset=utf-8',
      content: journalCsv(deps.database(), query),
    }),
    'history:export-report': ({ publicationId }) => {
      const detail = publicationDetail(deps.database(), publicationId);
      return {
        fileName: `rapport-${safeFileStem(detail.datasetSlug)}-v${detail.version}.html`,
        mediaType: 'text/html;charset=utf-8',
        content: publicationReportHtml(detail, { generatedAt: now() }),
      };
    },
    'history:backups': () => listBackups(deps.backupDir),
    'history:restore-backup': ({ fileName }) => {
      deps.closeDatabase();
      const outcome = restoreBackup(deps.databaseFile, deps.backupDir, fileName, now());
      deps.database();
      return outcome;
    },
  };
}

/** A slug made safe as part of a file name on Windows (no reserved characters, bounded length). */
function safeFileStem(slug: string): string {
  return slug.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 80) || 'publication';
}
