import type { HostKind } from '../shared/api/app-api.js';
import { databaseFile } from './app-paths.js';
import type { ApiHandlers, Dispatch, ReportBug } from './api/dispatch.js';
import { createDispatcher } from './api/dispatch.js';
import { EventHub } from './api/event-hub.js';
import { createAppHandlers } from './app-handlers.js';
import type { AtelierDatabase } from './db/database.js';
import { openDatabase } from './db/database.js';
import { JobRegistry } from './jobs/job-registry.js';
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
  db: AtelierDatabase;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Opens the database and composes every service and handler. Both hosts call this and then only
 * route calls to `dispatch` and events from `events`.
 */
export function createAppCore(options: CoreOptions): AppCore {
  const db = openDatabase(databaseFile(options.dataDir));
  const events = new EventHub();
  const jobs = new JobRegistry(events.emit);
  const settings = new Settings(db);
  const files = new FileRegistry();
  const recent = new RecentFiles(db);
  const tables = new TableService(events.emit, jobs);

  const handlers: ApiHandlers = {
    ...createAppHandlers({ host: options.host, settings, jobs }),
    ...createFilesHandlers({ files, recent, tables, ...(options.pickFile ? { pickFile: options.pickFile } : {}) }),
  };

  return {
    dispatch: createDispatcher(handlers, options.reportBug),
    events,
    files,
    db,
    dataDir: options.dataDir,
    async close() {
      jobs.cancelAll();
      await tables.dispose();
      db.close();
    },
  };
}
