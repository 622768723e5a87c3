/**
 * « Exporter vers un dossier »: the vetted CSV, a `datapackage.json` describing it and a
 * printable French publication report, each written atomically. The CSV goes first: if the gate
 * or pre-flight refuse it, nothing is written at all.
 */
import path from 'node:path';
import { planOutputColumns } from '../../shared/decisions/output-plan.js';
import type { DraftRepository } from '../drafts/draft-repository.js';
import { writeFileAtomically } from './atomic-file.js';
import { buildDataPackage } from './datapackage.js';
import { exportReportHtml } from './export-report-html.js';
import type { ExportControl, ExportService, ExportedCsv } from './export-service.js';

/** The name of the data package file, fixed by the specification. */
export const DATAPACKAGE_FILE = 'datapackage.json';
/** The name of the publication report. */
export const REPORT_FILE = 'rapport-de-publication.html';

/** The three files of a folder export. */
export interface FolderExport {
  csv: ExportedCsv;
  dataPackagePath: string;
  reportPath: string;
}

/** The CSV's file name: the clerk's choice, or the source's name with « -publication.csv ». */
export function outputFileName(chosen: string | null, sourceName: string): string {
  const base = (chosen ?? '').trim() !== ''
    ? path.basename((chosen ?? '').trim())
    : `${path.basename(sourceName).replace(/\.[^.]*$/, '')}-publication`;
  // Characters Windows refuses in a file name, and control characters.
  const safe = [...base].map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? '_' : c)).join('');
  return /\.csv$/i.test(safe) ? safe : `${safe}.csv`;
}

/** Exports a draft into a folder. */
export async function exportToFolder(
  service: ExportService,
  drafts: DraftRepository,
  draftId: string,
  folder: string,
  control: ExportControl = {},
  now: () => Date = () => new Date(),
): Promise<FolderExport> {
  const before = drafts.require(draftId);
  const csvFileName = outputFileName(before.content.output.fileName, before.content.sourceName);
  const csv = await service.exportCsv(draftId, path.join(folder, csvFileName), control);
  const draft = drafts.require(draftId);
  const plan = planOutputColumns(draft.content.columns, draft.content.decisions.present);

  const dataPackagePath = path.join(folder, DATAPACKAGE_FILE);
  const descriptor = buildDataPackage(csv, csvFileName, plan, draft.content.output, draft.content.metadata);
  await writeFileAtomically(dataPackagePath, (sink) => sink.write(Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`, 'utf8')));

  const reportPath = path.join(folder, REPORT_FILE);
  const html = exportReportHtml({ content: draft.content, plan, csv, csvFileName, generatedAt: now() });
  await writeFileAtomically(reportPath, (sink) => sink.write(Buffer.from(html, 'utf8')));
  return { csv, dataPackagePath, reportPath };
}
