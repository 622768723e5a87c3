/**
 * Handlers of the `drafts`, `decisions` and `export` domains (`shared/api/decisions-api.ts`).
 * Every change is saved in the draft before the answer leaves (autosave); export and pre-flight
 * go through the gate in main whatever the renderer shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DecisionsApi, DraftProgress, DraftView } from '../../shared/api/decisions-api.js';
import type { DraftContent } from '../../shared/decisions/draft-content.js';
import {
  changeReadOptions, decideColumn, dismissFinding, newDraftContent, recordScan, redoDecision, renameColumn,
  restoreFinding, setMetadata, setOutputOptions, undoDecision,
} from '../../shared/decisions/draft-changes.js';
import { planOutputColumns } from '../../shared/decisions/output-plan.js';
import { AppError } from '../../shared/errors.js';
import { createRowTransform } from '../../shared/transform/column-transform.js';
import type { DomainHandlers } from '../api/handler-types.js';
import type { DraftRepository } from '../drafts/draft-repository.js';
import type { DraftFileRegistry } from '../drafts/draft-view.js';
import { draftSummary, draftView } from '../drafts/draft-view.js';
import { openTable } from '../files/open-table.js';
import { scanTable } from '../scan/scan-table.js';
import type { ExportService, OpenSourceTable, ScanFile } from './export-service.js';
import { DATAPACKAGE_FILE, REPORT_FILE, exportToFolder } from './folder-export.js';
import { flagProtected, unflagProtected } from '../../shared/decisions/protected-flags.js';

/** What the handlers need. */
export interface DecisionsHandlersDeps {
  drafts: DraftRepository;
  exports: ExportService;
  /** The app's file registry: ids for paths and back. */
  files: DraftFileRegistry & { pathOf(fileId: string): string };
  /** The personal-data scan of a file; defaults to `scanTable` of `main/scan/` (a worker thread). */
  scanFile?: ScanFile;
  /** Defaults to `openTable` of `main/files/`. */
  openTable?: OpenSourceTable;
  /** Opens the native folder dialog; null when the clerk cancels. */
  chooseExportFolder: () => Promise<string | null>;
  /** Sends `drafts:progress` events. */
  emitProgress?: (progress: DraftProgress) => void;
}

/** Creates the handlers of the three domains. */
export function createDecisionsHandlers(deps: DecisionsHandlersDeps): DomainHandlers<DecisionsApi> {
  const { drafts, files } = deps;
  const open = deps.openTable ?? openTable;
  const scanFile = deps.scanFile ?? scanTable;
  const running = new Map<string, AbortController>();
  const view = (draftId: string): DraftView => draftView(drafts.require(draftId), files);
  const change = (draftId: string, apply: (content: DraftContent) => DraftContent): DraftView =>
    draftView(drafts.update(draftId, apply), files);
  const progress = (draftId: string, phase: DraftProgress['phase']) => (done: number, total: number) =>
    deps.emitProgress?.({ draftId, phase, done, total });

  /** Runs one long step of a draft at a time, cancellable by `export:cancel`. */
  async function exclusive<T>(draftId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (running.has(draftId)) throw new AppError('export.busy');
    const controller = new AbortController();
    running.set(draftId, controller);
    try {
      return await work(controller.signal);
    } finally {
      running.delete(draftId);
    }
  }

  return {
    'drafts:list': () => drafts.list().map(draftSummary),
    'drafts:get': ({ draftId }) => view(draftId),
    'drafts:create': async ({ fileId, options, metadata }) => {
      const sourcePath = files.pathOf(fileId);
      const stat = await sourceStat(sourcePath);
      const draft = drafts.create({
        sourcePath,
        sourceSize: stat.size,
        sourceModifiedAt: stat.mtime.toISOString(),
        content: newDraftContent(path.basename(sourcePath), options, metadata ?? {}),
      });
      return draftView(draft, files);
    },
    'drafts:scan': ({ draftId }) =>
      exclusive(draftId, async (signal) => {
        const draft = drafts.require(draftId);
        const stat = await sourceStat(draft.sourcePath);
        const options = draft.content.readOptions;
        const table = await open(draft.sourcePath, { ...options, signal });
        const columns = table.info.columns.map((column) => ({ index: column.index, name: column.name, type: column.type }));
        await table.close();
        const scan = await scanFile(draft.sourcePath, options, { signal, onProgress: progress(draftId, 'scanning-source') });
        drafts.recordSource(draftId, stat.size, stat.mtime.toISOString());
        return change(draftId, (content) => recordScan(content, columns, scan.findings, scan.quasiIdentifiers));
      }),
    'drafts:set-read-options': ({ draftId, options }) => change(draftId, (content) => changeReadOptions(content, options)),
    'drafts:dismiss': ({ draftId, columnIndex, category, reason }) =>
      change(draftId, (content) => dismissFinding(content, columnIndex, category, reason)),
    'drafts:restore-finding': ({ draftId, columnIndex, category }) =>
      change(draftId, (content) => restoreFinding(content, columnIndex, category)),
    'drafts:flag-protected': ({ draftId, columnIndex, legalGround }) => {
      assertKnownColumn(drafts.require(draftId).content, columnIndex);
      return change(draftId, (content) => flagProtected(content, columnIndex, legalGround));
    },
    'drafts:unflag-protected': ({ draftId, columnIndex }) => change(draftId, (content) => unflagProtected(content, columnIndex)),
    'drafts:set-metadata': ({ draftId, metadata }) => change(draftId, (content) => setMetadata(content, metadata)),
    'drafts:set-output': ({ draftId, output }) => change(draftId, (content) => setOutputOptions(content, output)),
    'drafts:discard': ({ draftId }) => {
      running.get(draftId)?.abort();
      return { discarded: drafts.discard(draftId) };
    },
    'decisions:decide': ({ draftId, columnIndex, decision }) => {
      assertKnownColumn(drafts.require(draftId).content, columnIndex);
      return change(draftId, (content) => decideColumn(content, columnIndex, decision));
    },
    'decisions:rename': ({ draftId, columnIndex, name }) => {
      assertKnownColumn(drafts.require(draftId).content, columnIndex);
      return change(draftId, (content) => renameColumn(content, columnIndex, name));
    },
    'decisions:undo': ({ draftId }) => change(draftId, undoDecision),
    'decisions:redo': ({ draftId }) => change(draftId, redoDecision),
    'decisions:preview': async ({ draftId, rows }) => {
      const { content } = drafts.require(draftId);
      const plan = planOutputColumns(content.columns, content.decisions.present);
      const transform = createRowTransform(plan, await deps.exports.transformServices(plan));
      return {
        columns: plan.map((column) => ({ sourceIndex: column.sourceIndex, name: column.name, type: column.type, decision: column.decision })),
        rows: rows.map(transform),
      };
    },
    'export:preflight': ({ draftId }) =>
      exclusive(draftId, (signal) =>
        deps.exports.preflight(draftId, { signal, onProgress: (phase, done, total) => progress(draftId, outputPhase(phase))(done, total) }),
      ),
    'export:to-folder': async ({ draftId }) => {
      drafts.require(draftId);
      const folder = await deps.chooseExportFolder();
      if (folder === null) return null;
      return exclusive(draftId, async (signal) => {
        const written = await exportToFolder(deps.exports, drafts, draftId, folder, {
          signal,
          onProgress: (phase, done, total) => progress(draftId, outputPhase(phase))(done, total),
        });
        return {
          folderName: path.basename(folder),
          files: [path.basename(written.csv.path), DATAPACKAGE_FILE, REPORT_FILE],
          sha256: written.csv.sha256,
          size: written.csv.size,
          rowCount: written.csv.rowCount,
          columns: written.csv.columns,
          preflight: written.csv.preflight,
        };
      });
    },
    'export:cancel': ({ draftId }) => {
      const controller = running.get(draftId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
  };
}

function outputPhase(phase: 'writing' | 'scanning'): DraftProgress['phase'] {
  return phase === 'writing' ? 'writing' : 'scanning-output';
}

function assertKnownColumn(content: DraftContent, columnIndex: number): void {
  if (!content.columns.some((column) => column.index === columnIndex)) {
    throw new AppError('decisions.unknown-column', { column: columnIndex + 1 });
  }
}

async function sourceStat(sourcePath: string): Promise<fs.Stats> {
  try {
    return await fs.promises.stat(sourcePath);
  } catch (error) {
    throw new AppError('file.not-found', { file: path.basename(sourcePath) }, { cause: error });
  }
}
