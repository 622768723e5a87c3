import type { HostKind } from '../shared/api/app-api.js';
import type { ApiEvents, ApiMethodName } from '../shared/api/contract.js';
import { apiMethodNames } from '../shared/api/contract.js';
import { AppError } from '../shared/errors.js';
import { databaseFile } from './app-paths.js';
import type { ApiHandlers, Dispatch, ReportBug } from './api/dispatch.js';
import { createDispatcher } from './api/dispatch.js';
import { EventHub } from './api/event-hub.js';
import type { CallContext } from './api/handler-types.js';
import { createAppHandlers } from './app-handlers.js';
import type { BackupSchedule } from './db/backup.js';
import { backupDirFor, startBackupSchedule } from './db/backup.js';
import type { AtelierDatabase } from './db/database.js';
import { openDatabase } from './db/database.js';
import { createHistoryHandlers } from './history/history-handlers.js';
import { JobRegistry } from './jobs/job-registry.js';
import { createScanHandlers } from './scan/scan-handlers.js';
import { Settings } from './settings.js';
import { FileRegistry } from './workspace/file-registry.js';
import { createFilesHandlers } from './workspace/files-handlers.js';
import { RecentFiles } from './workspace/recent-files.js';
import { TableService } from './workspace/table-service.js';

/** What a host (Electron or the loopback server) gives the core. */
export interface CoreOptions {
  host: HostKind;
  dataDir: string;
  /** A native file dialog, where there is one. */
  pickFile?: () => Promise<string | null>;
  reportBug: ReportBug;
}

/** The app's services, composed once per process, behind one dispatcher. */
export interface AppCore {
  dispatch: Dispatch;
  events: EventHub;
  files: FileRegistry;
  dataDir: string;
  close(): Promise<void>;
}

/** Methods that still work when the database cannot be opened, so the clerk can restore it. */
const WITHOUT_DATABASE: ReadonlySet<ApiMethodName> = new Set(['app:info', 'jobs:cancel', 'history:backups', 'history:restore-backup']);

/**
 * Composes every service and handler behind one dispatcher; both hosts only route calls to
 * `dispatch` and events from `events`. The database opens on the first call; when it is damaged
 * (`PRAGMA quick_check` fails) or from a newer version, every method answers that error except
 * those that let the clerk restore a backup, after which the services are composed again.
 */
export function createAppCore(options: CoreOptions): AppCore {
  const events = new EventHub();
  const jobs = new JobRegistry(events.emit);
  const files = new FileRegistry();
  const tables = new TableService(events.emit, jobs);
  const dbFile = databaseFile(options.dataDir);
  const backupDir = backupDirFor(dbFile);
  let db: AtelierDatabase | null = null;
  let backups: BackupSchedule | null = null;
  let handlers: ApiHandlers | null = null;

  const database = (): AtelierDatabase => (db ??= openDatabase(dbFile));
  const closeDatabase = (): void => {
    void backups?.stop();
    backups = null;
    db?.close();
    db = null;
    handlers = null;
  };
  const history = createHistoryHandlers({ database, closeDatabase, databaseFile: dbFile, backupDir });
  // Each domain's events are a part of ApiEvents; TypeScript cannot see that through the generic.
  const scan = createScanHandlers({ files, emit: (event, payload) => events.emit(event, payload as ApiEvents[typeof event]) });

  function compose(): ApiHandlers {
    let opened: AtelierDatabase;
    try {
      opened = database();
    } catch (error) {
      return degraded(error instanceof AppError ? error : new AppError('db.corrupt', { file: 'atelier.sqlite' }));
    }
    backups = startBackupSchedule(opened, backupDir, (error) => options.reportBug('db:backup', error));
    const settings = new Settings(opened);
    const recent = new RecentFiles(opened);
    return {
      ...createAppHandlers({ host: options.host, settings: () => settings, jobs }),
      ...createFilesHandlers({ files, recent, tables, ...(options.pickFile ? { pickFile: options.pickFile } : {}) }),
      ...scan,
      ...history,
    };
  }

  function degraded(openError: AppError): ApiHandlers {
    const refuse = () => {
      throw openError;
    };
    const full = {
      ...Object.fromEntries(apiMethodNames.map((method) => [method, refuse])),
      ...createAppHandlers({ host: options.host, settings: () => null, jobs }),
      ...history,
    } as ApiHandlers;
    return Object.fromEntries(apiMethodNames.map((method) => [method, WITHOUT_DATABASE.has(method) ? full[method] : refuse])) as ApiHandlers;
  }

  const routed = Object.fromEntries(
    apiMethodNames.map((method) => [
      method,
      (request: unknown, context: CallContext) => {
        handlers ??= compose();
        return (handlers[method] as (request: unknown, context: CallContext) => unknown)(request, context);
      },
    ]),
  ) as ApiHandlers;

  return {
    dispatch: createDispatcher(routed, options.reportBug),
    events,
    files,
    dataDir: options.dataDir,
    async close() {
      jobs.cancelAll();
      await tables.dispose();
      await backups?.stop();
      closeDatabase();
    },
  };
}
