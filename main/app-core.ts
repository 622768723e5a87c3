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
import type { ComposedServices } from './app-services.js';
import { composeServices } from './app-services.js';
import { backupDirFor } from './db/backup.js';
import type { AtelierDatabase } from './db/database.js';
import { openDatabase } from './db/database.js';
import { createHistoryHandlers } from './history/history-handlers.js';
import { JobRegistry } from './jobs/job-registry.js';
import { createScanHandlers } from './scan/scan-handlers.js';
import { EncryptedFileSecretStore } from './secrets/encrypted-file-secret-store.js';
import type { SecretStore } from './secrets/secret-store.js';
import { FileRegistry } from './workspace/file-registry.js';
import { TableService } from './workspace/table-service.js';

/** What a host (Electron or the loopback server) gives the core. */
export interface CoreOptions {
  host: HostKind;
  dataDir: string;
  /** A native file dialog, where there is one. */
  pickFile?: () => Promise<string | null>;
  /** A native folder dialog, where there is one (exports go to the data folder otherwise). */
  chooseFolder?: () => Promise<string | null>;
  /** The OS keychain where there is one; an encrypted file in the data folder otherwise. */
  secrets?: SecretStore;
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
  const secrets = options.secrets ?? new EncryptedFileSecretStore(options.dataDir);
  const dbFile = databaseFile(options.dataDir);
  const backupDir = backupDirFor(dbFile);
  let db: AtelierDatabase | null = null;
  let services: ComposedServices | null = null;
  let handlers: ApiHandlers | null = null;

  const database = (): AtelierDatabase => (db ??= openDatabase(dbFile));
  const closeDatabase = (): void => {
    void services?.stop();
    services = null;
    db?.close();
    db = null;
    handlers = null;
  };
  const history = createHistoryHandlers({ database, closeDatabase, databaseFile: dbFile, backupDir });
  const scan = createScanHandlers({ files, emit: (event, payload) => events.emit(event, payload as ApiEvents[typeof event]) });

  function compose(): ApiHandlers {
    let opened: AtelierDatabase;
    try {
      opened = database();
    } catch (error) {
      return degraded(error instanceof AppError ? error : new AppError('db.corrupt', { file: 'atelier.sqlite' }));
    }
    services = composeServices({ ...options, dataDir: options.dataDir, backupDir, db: opened, events, jobs, files, tables, secrets });
    return { ...services.handlers, ...scan, ...history };
  }

  function degraded(openError: AppError): ApiHandlers {
    const refuse = () => {
      throw openError;
    };
    const available = { ...createAppHandlers({ host: options.host, settings: () => null, jobs }), ...history } as Partial<ApiHandlers>;
    return Object.fromEntries(
      apiMethodNames.map((method) => [method, WITHOUT_DATABASE.has(method) ? (available[method] ?? refuse) : refuse]),
    ) as ApiHandlers;
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
      await services?.stop();
      services = null;
      closeDatabase();
    },
  };
}
