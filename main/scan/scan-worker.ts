/**
 * The scan job, in a worker thread: opens the table, scans its first window as soon as it is
 * read (preliminary findings within the first second), then every row, posting preliminary
 * findings as it goes — a CSV file in the same pass that reads it, on both cores; or counts
 * k-anonymity groups over chosen columns.
 */

import { createKAnonymityCounter } from '../../shared/detect/k-anonymity.js';
import { createTableScanner } from '../../shared/detect/table-scanner.js';
import { AppError } from '../../shared/errors.js';
import type { Cell } from '../../shared/table/cell.js';
import { openTable } from '../files/open-table.js';
import type { WorkerJobContext } from '../jobs/worker-runtime.js';
import { defineWorkerJob } from '../jobs/worker-runtime.js';
import type { PreliminaryMessage, ScanJobInput, ScanJobOutput } from './scan-job.js';
import { scanHeaders, scanOpenedTable } from './scan-opened-table.js';
import { statisticalSecrecyFindings } from './statistical-secrecy.js';

/** Progress is reported in thousandths: reading the file fills the first half, scanning the second. */
const PROGRESS_TOTAL = 1000;

async function scan(input: Extract<ScanJobInput, { mode: 'scan' }>, context: WorkerJobContext): Promise<ScanJobOutput> {
  const dated = input.referenceDate ? { referenceDate: input.referenceDate } : {};
  const options = { ...dated, ...(input.everyRow === true ? { everyRow: true } : {}) };
  const post = (message: PreliminaryMessage): void => context.post(message);
  // A CSV file is scanned while it is read (its pass fills the whole bar); a workbook is read, then scanned.
  let readingShare = 0.5;
  const table = await openTable(input.filePath, {
    ...input.options,
    signal: context.signal,
    onProgress: (done, total) => context.progress(Math.floor((done / Math.max(1, total)) * PROGRESS_TOTAL * readingShare), PROGRESS_TOTAL),
    onFirstWindow: (window) => {
      if (window.info.format === 'csv') readingShare = 1;
      // The first rows give the clerk findings before the whole file is read.
      // (A first look: never every row, whatever the scan below does.)
      const early = createTableScanner(scanHeaders(window.info), dated);
      window.rows.forEach((row, index) => early.addRow(row, index));
      post({ type: 'preliminary', rowsScanned: window.rows.length, findings: early.preliminary() });
    },
    scan: { ...options, onPreliminary: (rowsScanned, findings) => post({ type: 'preliminary', rowsScanned, findings }) },
  });
  try {
    if (table.findings) {
      const { findings, quasiIdentifiers } = table.findings;
      const secrecy = await statisticalSecrecyFindings(table, findings, context.signal);
      return { mode: 'scan', report: { findings: [...findings, ...secrecy], quasiIdentifiers, rowCount: table.info.rowCount } };
    }
    const report = await scanOpenedTable(table, {
      signal: context.signal,
      ...options,
      onRows: (done, total) => context.progress(PROGRESS_TOTAL / 2 + Math.floor((done / Math.max(1, total)) * (PROGRESS_TOTAL / 2)), PROGRESS_TOTAL),
      onPreliminary: (rowsScanned, findings) => post({ type: 'preliminary', rowsScanned, findings }),
    });
    const secrecy = await statisticalSecrecyFindings(table, report.findings, context.signal);
    return { mode: 'scan', report: { ...report, findings: [...report.findings, ...secrecy] } };
  } finally {
    await table.close();
  }
}

async function countGroups(input: Extract<ScanJobInput, { mode: 'k-anonymity' }>, context: WorkerJobContext): Promise<ScanJobOutput> {
  const table = await openTable(input.filePath, { ...input.options, signal: context.signal });
  try {
    const width = table.info.columns.length;
    const outside = input.columnIndexes.find((index) => index < 0 || index >= width);
    if (outside !== undefined) throw new AppError('scan.unknown-column', { column: outside });
    const counter = createKAnonymityCounter(input.threshold);
    const total = table.info.rowCount;
    let done = 0;
    for await (const batch of table.rows(context.signal)) {
      for (const row of batch) counter.add(input.columnIndexes.map((index): Cell => row[index] ?? null));
      done += batch.length;
      context.progress(done, total);
    }
    return { mode: 'k-anonymity', report: counter.report() };
  } finally {
    await table.close();
  }
}

defineWorkerJob<ScanJobInput, ScanJobOutput>(async (input, context) => (input.mode === 'scan' ? scan(input, context) : countGroups(input, context)));
