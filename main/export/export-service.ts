/**
 * Export (issue 5 « The output »): the gate, then the source streamed through the decisions into
 * a temporary file, pre-flight on that very file, and only if it passes, the rename to the
 * target. The file that is published is therefore always the file that was checked. The source
 * file is only ever read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PersonalDataFinding } from '../../shared/detect/finding.js';
import { recordPreflight } from '../../shared/decisions/draft-changes.js';
import type { PreflightReport } from '../../shared/decisions/draft-content.js';
import type { OutputColumn } from '../../shared/decisions/output-plan.js';
import { planOutputColumns } from '../../shared/decisions/output-plan.js';
import { AppError } from '../../shared/errors.js';
import type { Row } from '../../shared/table/cell.js';
import type { ReadOptions, TableInfo } from '../../shared/table/table-info.js';
import type { TransformServices } from '../../shared/transform/column-transform.js';
import { createRowTransform } from '../../shared/transform/column-transform.js';
import { findPersonalSpans } from '../../shared/detect/free-text-spans.js';
import { openTable } from '../files/open-table.js';
import { scanTable } from '../scan/scan-table.js';
import type { Draft, DraftRepository } from '../drafts/draft-repository.js';
import type { SecretStore } from '../secrets/secret-store.js';
import { createPseudonymiser, pseudonymisationKey } from '../transform/keyed-pseudonymiser.js';
import { removeAbandonedPartFiles } from './atomic-file.js';
import { assertReadyForExport } from './export-gate.js';
import { preflightReport } from './preflight-issues.js';
import type { VettedCsv, WrittenCsv } from './vetted-csv-writer.js';
import { writeVettedCsv } from './vetted-csv-writer.js';

/** What the export reads of an opened table (`main/files/open-table.ts` `OpenedTable`). */
export interface ExportSourceTable {
  readonly info: TableInfo;
  rows(signal?: AbortSignal): AsyncIterable<Row[]>;
  close(): Promise<void>;
}

/** Opens the source table (`openTable` of `main/files/`). */
export type OpenSourceTable = (filePath: string, options: ReadOptions & { signal?: AbortSignal }) => Promise<ExportSourceTable>;

/** Scans a file with the personal-data detectors (`scanTable` of `main/scan/`). */
export type ScanFile = (
  filePath: string,
  options: ReadOptions,
  control: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; everyRow?: boolean },
) => Promise<{ findings: PersonalDataFinding[]; quasiIdentifiers: number[]; rowCount: number }>;

/** Progress of an export: writing the output, then scanning it. */
export type ExportProgress = (phase: 'writing' | 'scanning', done: number, total: number) => void;

/** What the export service needs. */
export interface ExportServiceDeps {
  drafts: DraftRepository;
  /** Defaults to `openTable` of `main/files/`; the app may pass one that reads in a worker. */
  openTable?: OpenSourceTable;
  /** Defaults to `scanTable` of `main/scan/` (a worker thread). */
  scanFile?: ScanFile;
  secrets: Pick<SecretStore, 'get' | 'set'>;
  /** The organisation whose pseudonymisation key is used. */
  organisationId: () => string;
  /** A folder of the app's own where a pre-flight without target writes its scratch output. */
  scratchDir: string;
  now?: () => Date;
}

/** Cancellation and progress of one export. */
export interface ExportControl {
  signal?: AbortSignal;
  onProgress?: ExportProgress;
}

/** The exported CSV, and the report pre-flight kept. */
export interface ExportedCsv extends VettedCsv {
  preflight: PreflightReport;
}

/** Gate, transform, write, pre-flight and commit, for one draft. */
export class ExportService {
  private readonly now: () => Date;
  private readonly openTable: OpenSourceTable;
  private readonly scanFile: ScanFile;

  constructor(private readonly deps: ExportServiceDeps) {
    this.now = deps.now ?? (() => new Date());
    this.openTable = deps.openTable ?? openTable;
    this.scanFile = deps.scanFile ?? scanTable;
  }

  /** The transforms of a draft's decisions, with its organisation's key when a column is pseudonymised. */
  async transformServices(plan: readonly OutputColumn[]): Promise<TransformServices> {
    const needsKey = plan.some((column) => column.decision?.kind === 'pseudonymise');
    const pseudonymise = needsKey
      ? createPseudonymiser(await pseudonymisationKey(this.deps.secrets, this.deps.organisationId()))
      : () => {
          throw new Error('No column of this plan is pseudonymised');
        };
    return { pseudonymise, findSpans: findPersonalSpans };
  }

  /**
   * Exports the vetted CSV of a draft to `target` (absolute path). Refused by the gate while a
   * flagged column is undecided; refused by pre-flight (`export.preflight-blocked`) when the
   * output still holds something undecided. Either way the report is saved in the draft.
   */
  async exportCsv(draftId: string, target: string, control: ExportControl = {}): Promise<ExportedCsv> {
    const draft = this.deps.drafts.require(draftId);
    assertReadyForExport(draft);
    if (path.resolve(target) === path.resolve(draft.sourcePath)) {
      throw new AppError('export.would-overwrite-source', { file: path.basename(target) });
    }
    await removeAbandonedPartFiles(path.dirname(target));
    let report: PreflightReport | null = null;
    try {
      const written = await this.write(draft, target, control, async (csv, tempPath, plan) => {
        report = await this.checkOutput(draft, plan, csv, tempPath, control);
        if (!report.passed) {
          const first = report.issues.find((issue) => issue.blocking);
          throw new AppError('export.preflight-blocked', {
            column: first?.columnName ?? null,
            count: report.issues.filter((issue) => issue.blocking).length,
          });
        }
      });
      if (!report) throw new Error('Pre-flight did not run');
      return { path: written.path, sha256: written.sha256, size: written.size, rowCount: written.rowCount, columns: written.columns, preflight: report };
    } finally {
      const ran: PreflightReport | null = report;
      if (ran) this.deps.drafts.update(draftId, (content) => recordPreflight(content, ran));
    }
  }

  /**
   * Pre-flight alone: writes the output to the app's scratch folder, scans it, saves the report in
   * the draft and removes the scratch file. The gate applies: undecided data are not written.
   */
  async preflight(draftId: string, control: ExportControl = {}): Promise<PreflightReport> {
    const draft = this.deps.drafts.require(draftId);
    assertReadyForExport(draft);
    await fs.promises.mkdir(this.deps.scratchDir, { recursive: true });
    await removeAbandonedPartFiles(this.deps.scratchDir);
    const target = path.join(this.deps.scratchDir, `preflight-${draft.id}.csv`);
    let report: PreflightReport | null = null;
    try {
      await this.write(draft, target, control, async (csv, tempPath, plan) => {
        report = await this.checkOutput(draft, plan, csv, tempPath, control);
      });
    } finally {
      await fs.promises.rm(target, { force: true });
    }
    if (!report) throw new Error('Pre-flight did not run');
    const ran: PreflightReport = report;
    this.deps.drafts.update(draftId, (content) => recordPreflight(content, ran));
    return ran;
  }

  private async write(
    draft: Draft,
    target: string,
    control: ExportControl,
    check: (csv: WrittenCsv, tempPath: string, plan: readonly OutputColumn[]) => Promise<void>,
  ): Promise<WrittenCsv> {
    await assertSourceUnchanged(draft);
    const plan = planOutputColumns(draft.content.columns, draft.content.decisions.present);
    const transform = createRowTransform(plan, await this.transformServices(plan));
    const table = await this.openTable(draft.sourcePath, { ...draft.content.readOptions, ...(control.signal ? { signal: control.signal } : {}) });
    try {
      assertSameColumns(draft, table.info);
      return await writeVettedCsv({
        rows: table.rows(control.signal),
        plan,
        transform,
        output: draft.content.output,
        target,
        totalRows: table.info.rowCount,
        ...(control.onProgress ? { onProgress: (done: number, total: number) => control.onProgress?.('writing', done, total) } : {}),
        beforeCommit: (csv, tempPath) => check(csv, tempPath, plan),
      });
    } finally {
      await table.close();
    }
  }

  private async checkOutput(
    draft: Draft,
    plan: readonly OutputColumn[],
    csv: WrittenCsv,
    tempPath: string,
    control: ExportControl,
  ): Promise<PreflightReport> {
    // Every row of the output, not a sample: one NIR left in a comment is enough to stop the export.
    const scan = await this.scanFile(tempPath, { encoding: 'utf-8', delimiter: draft.content.output.delimiter, headerRow: 1 }, {
      everyRow: true,
      ...(control.signal ? { signal: control.signal } : {}),
      ...(control.onProgress ? { onProgress: (done: number, total: number) => control.onProgress?.('scanning', done, total) } : {}),
    });
    return preflightReport(draft.content, plan, csv, scan.findings, this.now());
  }
}

/** Refuses to export from a source that changed since the draft was scanned: the findings would be stale. */
async function assertSourceUnchanged(draft: Draft): Promise<void> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(draft.sourcePath);
  } catch (error) {
    throw new AppError('file.not-found', { file: draft.content.sourceName }, { cause: error });
  }
  if (stat.size !== draft.sourceSize || stat.mtime.toISOString() !== draft.sourceModifiedAt) {
    throw new AppError('export.source-changed', { file: draft.content.sourceName });
  }
}

function assertSameColumns(draft: Draft, info: TableInfo): void {
  for (const column of draft.content.columns) {
    if (info.columns[column.index]?.name !== column.name) {
      throw new AppError('export.source-changed', { file: draft.content.sourceName });
    }
  }
}
