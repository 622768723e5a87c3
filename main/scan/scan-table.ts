/**
 * The personal-data scan of a whole table, in a worker thread: progress, cancellation, and
 * preliminary findings from the first rows. Also k-anonymity over chosen columns.
 */

import type { PersonalDataFinding } from '../../shared/detect/finding.js';
import type { KAnonymityReport } from '../../shared/detect/k-anonymity.js';
import { DEFAULT_K_THRESHOLD } from '../../shared/detect/k-anonymity.js';
import type { ReadOptions } from '../../shared/table/table-info.js';
import { runWorkerJob } from '../jobs/job-host.js';
import type { ScanJobInput, ScanJobOutput, ScanReport } from './scan-job.js';
import { isPreliminaryMessage } from './scan-job.js';

export type { ScanReport } from './scan-job.js';

const SCAN_WORKER = new URL('./scan-worker.js', import.meta.url);

/** Cancellation, progress and preliminary findings of a scan. */
export interface ScanControl {
  signal?: AbortSignal;
  /** Thousandths: reading the file fills 0–500, scanning its rows 500–1000. */
  onProgress?: (done: number, total: number) => void;
  /** The findings the rows read so far support, first from the first window of rows. */
  onPreliminary?: (findings: PersonalDataFinding[]) => void;
  /** Called once the job has started, with its id (for `jobs:cancel`). */
  onJobStarted?: (jobId: string) => void;
  /** Examine every row, not a sample past the first cells of each column (the pre-flight check). */
  everyRow?: boolean;
}

/**
 * Scans every column of the table of `filePath` for personal and protected data. Rejects with
 * an `AppError`: the reading error of the file (`file.*`), `job.cancelled`, or `job.failed`.
 */
export async function scanTable(filePath: string, options: ReadOptions, scan: ScanControl = {}): Promise<ScanReport> {
  const input: ScanJobInput = { mode: 'scan', filePath, options, ...(scan.everyRow === true ? { everyRow: true } : {}) };
  const job = runWorkerJob<ScanJobInput, ScanJobOutput>('scan', SCAN_WORKER, input, {
    ...(scan.signal ? { signal: scan.signal } : {}),
    ...(scan.onProgress ? { onProgress: scan.onProgress } : {}),
    onMessage: (message) => {
      if (isPreliminaryMessage(message)) scan.onPreliminary?.(message.findings);
    },
  });
  scan.onJobStarted?.(job.jobId);
  const output = await job.result;
  if (output.mode !== 'scan') throw new Error('scan worker answered another mode');
  return output.report;
}

/**
 * k-anonymity of the table over the given quasi-identifier columns: k, unique rows, rows in
 * groups smaller than `threshold` (5 by default; 11 for social, health or tax data).
 */
export async function kAnonymityOfTable(
  filePath: string,
  options: ReadOptions,
  columnIndexes: number[],
  threshold: number = DEFAULT_K_THRESHOLD,
  control: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<KAnonymityReport> {
  const input: ScanJobInput = { mode: 'k-anonymity', filePath, options, columnIndexes, threshold };
  const job = runWorkerJob<ScanJobInput, ScanJobOutput>('k-anonymity', SCAN_WORKER, input, control);
  const output = await job.result;
  if (output.mode !== 'k-anonymity') throw new Error('scan worker answered another mode');
  return output.report;
}
