import fs from 'node:fs';
import path from 'node:path';
import type { ApiEvents } from '../shared/api/contract.js';
import type { HostKind } from '../shared/api/app-api.js';
import type { PublicationApi } from '../shared/api/publication-api.js';
import type { ApiHandlers, ReportBug } from './api/dispatch.js';
import type { CallContext } from './api/handler-types.js';
import type { EventHub } from './api/event-hub.js';
import { createAppHandlers } from './app-handlers.js';
import type { BackupSchedule } from './db/backup.js';
import { startBackupSchedule } from './db/backup.js';
import type { AtelierDatabase } from './db/database.js';
import { DraftRepository } from './drafts/draft-repository.js';
import { removeAbandonedPartFiles } from './export/atomic-file.js';
import { createDecisionsHandlers } from './export/export-handlers.js';
import { ExportService } from './export/export-service.js';
import type { JobRegistry } from './jobs/job-registry.js';
import { createMetadataHandlers } from './metadata/metadata-handlers.js';
import { HistoryBridge } from './publication/history-bridge.js';
import { startNewVersion } from './publication/new-version.js';
import { PublicationLinks } from './publication/publication-links.js';
import { PublicationService } from './publication/publication-service.js';
import { vettedTableOpener } from './publication/vetted-table.js';
import { Outbox } from './publish/outbox/outbox.js';
import { PortalProfiles } from './publish/profiles/portal-profiles.js';
import { createPublishHandlers } from './publish/publish-handlers.js';
import type { SecretStore } from './secrets/secret-store.js';
import { Settings } from './settings.js';
import type { FileRegistry } from './workspace/file-registry.js';
import { createFilesHandlers } from './workspace/files-handlers.js';
import { RecentFiles } from './workspace/recent-files.js';
import type { TableService } from './workspace/table-service.js';

/** What the services share with the rest of the core. */
export interface ServiceContext {
  host: HostKind;
  dataDir: string;
  backupDir: string;
  db: AtelierDatabase;
  events: EventHub;
  jobs: JobRegistry;
  files: FileRegistry;
  tables: TableService;
  secrets: SecretStore;
  pickFile?: () => Promise<string | null>;
  chooseFolder?: () => Promise<string | null>;
  reportBug: ReportBug;
}

/** The services that live on the open database, and how to stop them. */
export interface ComposedServices {
  handlers: Omit<ApiHandlers, `history:${string}` | `scan:${string}`>;
  stop(): Promise<void>;
}

/** Browser mode has no folder dialog: exports go to a new dated folder of the data folder. */
function exportFolderInDataDir(dataDir: string): string {
  const folder = path.join(dataDir, 'exports', new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** The organisation whose pseudonymisation key is used (one per installation for now). */
const ORGANISATION_ID = 'organisation';

/**
 * Builds every service that needs the database — files, drafts and decisions, metadata,
 * publishing — wires them to each other (outbox → history, drafts → export → outbox), and
 * returns their handlers.
 */
export function composeServices(context: ServiceContext): ComposedServices {
  const { db, events, jobs, files, tables, secrets, dataDir } = context;
  // A domain's events are part of ApiEvents; TypeScript cannot see it through the generic.
  const emit = <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => events.emit(event, payload);
  const scratchDir = path.join(dataDir, 'scratch');
  const publicationsDir = path.join(dataDir, 'publications');
  void removeAbandonedPartFiles(scratchDir).catch(() => 0);
  void removeAbandonedPartFiles(publicationsDir).catch(() => 0);

  const backups: BackupSchedule = startBackupSchedule(db, context.backupDir, (error) => context.reportBug('db:backup', error));
  const settings = new Settings(db);
  const recent = new RecentFiles(db);
  const drafts = new DraftRepository(db);
  const exports = new ExportService({ drafts, secrets, organisationId: () => ORGANISATION_ID, scratchDir });
  const profiles = new PortalProfiles(db, secrets);
  const links = new PublicationLinks(db);
  let bridge: HistoryBridge | null = null;
  const outbox = new Outbox({
    db,
    secrets,
    onTransition: (transition) => bridge?.onTransition(transition),
    onItemChanged: (item) => emit('publish:item-changed', item),
  });
  bridge = new HistoryBridge(db, links, (outboxId) => outbox.view(outboxId), (publicationId) => emit('history:changed', { publicationId }));
  const publication = new PublicationService({
    db,
    drafts,
    exports,
    profiles,
    outbox,
    links,
    bridge,
    publicationsDir,
    onProgress: (draftId, phase, done, total) => emit('drafts:progress', { draftId, phase: phase === 'writing' ? 'writing' : 'scanning-output', done, total }),
  });
  outbox.start();
  const decisions = createDecisionsHandlers({
    drafts,
    exports,
    files,
    chooseExportFolder: context.chooseFolder ?? (async () => exportFolderInDataDir(dataDir)),
    emitProgress: (progress) => emit('drafts:progress', progress),
  });

  const handlers = {
    ...createAppHandlers({ host: context.host, settings: () => settings, jobs }),
    ...createFilesHandlers({ files, recent, tables, ...(context.pickFile ? { pickFile: context.pickFile } : {}) }),
    ...decisions,
    'publication:new-version': (request: PublicationApi['publication:new-version']['request'], call: CallContext) =>
      startNewVersion({ db, links, drafts: decisions }, request, call),
    ...createMetadataHandlers({
      db,
      jobs,
      openVettedTable: vettedTableOpener(exports, scratchDir),
      onSchemaChecked: (event) => emit('metadata:schema-checked', event),
    }),
    ...createPublishHandlers({ profiles, outbox, startPublication: (draftId, profileId) => publication.start(draftId, profileId) }),
  };
  return {
    handlers,
    async stop() {
      await outbox.stop();
      await backups.stop();
    },
  };
}
