import fs from 'node:fs';
import path from 'node:path';
import type { DatasetMetadata } from '../../shared/metadata/model.js';
import { validateMetadata } from '../../shared/metadata/validate-metadata.js';
import { recordedDecisions, recordedDismissals } from '../../shared/history/draft-decisions.js';
import type { OutboxItemView } from '../../shared/publish/outbox-item.js';
import { AppError } from '../../shared/errors.js';
import { APP_VERSION } from '../app-version.js';
import type { AtelierDatabase } from '../db/database.js';
import type { DraftRepository } from '../drafts/draft-repository.js';
import { packageName } from '../export/datapackage.js';
import type { ExportService } from '../export/export-service.js';
import { appendPublicationEvent, recordPublication } from '../history/publication-recorder.js';
import type { Outbox } from '../publish/outbox/outbox.js';
import type { PortalProfiles } from '../publish/profiles/portal-profiles.js';
import { fingerprintFile } from './file-fingerprint.js';
import type { HistoryBridge } from './history-bridge.js';
import type { PublicationLinks } from './publication-links.js';

/** What publishing a draft needs. */
export interface PublicationServiceDeps {
  db: AtelierDatabase;
  drafts: DraftRepository;
  exports: ExportService;
  profiles: PortalProfiles;
  outbox: Outbox;
  links: PublicationLinks;
  bridge: HistoryBridge;
  /** Where the vetted files waiting to be sent are kept (the data folder's `publications/`). */
  publicationsDir: string;
  onProgress?: (draftId: string, phase: 'writing' | 'scanning', done: number, total: number) => void;
}

/**
 * « Publier » in one click (issues 5, 7 and 8 together): the gate and pre-flight of the draft,
 * the vetted CSV written atomically, the publication recorded in the history with its source,
 * findings, decisions and metadata, then handed to the outbox, which sends it when the network
 * allows and reads it back before it is called published.
 */
export class PublicationService {
  constructor(private readonly deps: PublicationServiceDeps) {}

  async start(draftId: string, profileId: number): Promise<OutboxItemView> {
    const { db, drafts, exports, profiles, outbox, links, bridge } = this.deps;
    const profile = await profiles.get(profileId);
    const draft = drafts.require(draftId);
    const metadata = draft.content.metadata as DatasetMetadata;
    const issues = validateMetadata(metadata, profile.engine);
    if (issues.length > 0) throw new AppError('publish.metadata-incomplete', { count: issues.length, field: issues[0]?.field ?? '' });

    const slug = packageName(metadata.title) || 'jeu-de-donnees';
    const folder = path.join(this.deps.publicationsDir, `${Date.now()}-${draftId}`);
    fs.mkdirSync(folder, { recursive: true });
    const exported = await exports.exportCsv(draftId, path.join(folder, `${slug}.csv`), {
      onProgress: (phase, done, total) => this.deps.onProgress?.(draftId, phase, done, total),
    });
    const source = await fingerprintFile(draft.sourcePath);
    const current = drafts.require(draftId);
    const datasetKey = links.datasetKeyOf(draftId);

    const recorded = recordPublication(db, {
      publicationKey: `${datasetKey}@${exported.sha256.slice(0, 16)}@${Date.now()}`,
      datasetTitle: metadata.title,
      datasetSlug: slug,
      portal: { profileName: profile.label, engine: profile.engine, baseUrl: profile.baseUrl },
      source: {
        path: draft.sourcePath,
        ...source,
        format: path.extname(draft.sourcePath).slice(1).toLowerCase() || null,
        sheet: current.content.readOptions.sheet ?? null,
        headerRow: current.content.readOptions.headerRow ?? null,
        encoding: current.content.readOptions.encoding ?? null,
        columns: current.content.columns.map((column) => column.name),
      },
      output: { name: path.basename(exported.path), sha256: exported.sha256, rowCount: exported.rowCount, columnCount: exported.columns.length, columns: exported.columns },
      metadata,
      findings: current.content.findings,
      decisions: recordedDecisions(current.content.columns, current.content.decisions.present),
      dismissals: recordedDismissals(current.content.columns, current.content.dismissals),
      preflight: exported.preflight,
      appVersion: APP_VERSION,
    });
    links.recordPublicationDataset(recorded.publicationId, datasetKey);
    appendPublicationEvent(db, recorded.publicationId, { type: 'exported', details: { sha256: exported.sha256, rows: exported.rowCount } });

    const item = await outbox.enqueue({
      publicationKey: datasetKey,
      version: recorded.version,
      profileId,
      metadata,
      file: {
        path: exported.path,
        name: path.basename(exported.path),
        size: exported.size,
        sha256: exported.sha256,
        columns: exported.columns,
        rowCount: exported.rowCount,
        delimiter: current.content.output.delimiter,
      },
    });
    bridge.linked(item.outboxId, recorded.publicationId);
    return outbox.view(item.outboxId);
  }
}
