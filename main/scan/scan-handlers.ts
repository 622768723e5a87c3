/**
 * Handlers of the `scan` domain (`shared/api/scan-api.ts`): scans run in a worker, one state per
 * scan kept in memory, preliminary findings pushed as events, cancellation by scan id.
 */

import { randomUUID } from 'node:crypto';
import type { ScanApi, ScanEvents, ScanState } from '../../shared/api/scan-api.js';
import { LEGAL_GROUNDS } from '../../shared/detect/legal-grounds.js';
import { AppError, isAppError } from '../../shared/errors.js';
import type { ReadOptions } from '../../shared/table/table-info.js';
import type { DomainHandlers } from '../api/handler-types.js';
import type { ScanControl, ScanReport } from './scan-table.js';
import { kAnonymityOfTable, scanTable } from './scan-table.js';

/** What the scan handlers need. */
export interface ScanHandlersDeps {
  /** The app's file registry: the path behind an opaque file id (throws `file.unknown-id`). */
  files: { pathOf(fileId: string): string };
  /** Pushes `scan:*` events to the windows. */
  emit: <E extends keyof ScanEvents>(event: E, payload: ScanEvents[E]) => void;
  /** Defaults to `scanTable` of `main/scan/`. */
  scan?: (filePath: string, options: ReadOptions, control: ScanControl) => Promise<ScanReport>;
}

interface RunningScan {
  state: ScanState;
  controller: AbortController;
}

/** Creates the `scan:*` handlers. */
export function createScanHandlers(deps: ScanHandlersDeps): DomainHandlers<ScanApi> {
  const scans = new Map<string, RunningScan>();
  const run = deps.scan ?? scanTable;

  const stateOf = (scanId: string): RunningScan => {
    const scan = scans.get(scanId);
    if (!scan) throw new AppError('scan.unknown-id', { scanId });
    return scan;
  };

  return {
    'scan:start': ({ fileId, options }) => {
      const filePath = deps.files.pathOf(fileId);
      const scanId = `scan-${randomUUID()}`;
      const controller = new AbortController();
      const scan: RunningScan = {
        controller,
        state: { scanId, jobId: '', status: 'running', findings: [], quasiIdentifiers: [], rowCount: null, error: null },
      };
      scans.set(scanId, scan);
      const finished = (status: ScanState['status']): void => {
        scan.state.status = status;
        deps.emit('scan:changed', { scanId, status });
      };
      run(filePath, options, {
        signal: controller.signal,
        onJobStarted: (jobId) => {
          scan.state.jobId = jobId;
        },
        onPreliminary: (findings) => {
          if (scan.state.status !== 'running') return;
          scan.state.findings = findings;
          deps.emit('scan:preliminary', { scanId, findings });
        },
      }).then(
        (report) => {
          scan.state.findings = report.findings;
          scan.state.quasiIdentifiers = report.quasiIdentifiers;
          scan.state.rowCount = report.rowCount;
          finished('done');
        },
        (error: unknown) => {
          const appError = isAppError(error) ? error : new AppError('job.failed', { kind: 'scan' });
          scan.state.error = { code: appError.code, ...(appError.details ? { details: appError.details } : {}) };
          finished(appError.code === 'job.cancelled' ? 'cancelled' : 'failed');
        },
      );
      return { ...scan.state };
    },
    'scan:state': ({ scanId }) => ({ ...stateOf(scanId).state }),
    'scan:cancel': ({ scanId }) => {
      const scan = stateOf(scanId);
      if (scan.state.status !== 'running') return { cancelled: false };
      scan.controller.abort();
      return { cancelled: true };
    },
    'scan:k-anonymity': ({ fileId, options, columnIndexes, threshold }) =>
      kAnonymityOfTable(deps.files.pathOf(fileId), options, columnIndexes, threshold),
    'scan:legal-grounds': () => LEGAL_GROUNDS.map((ground) => ({ ...ground })),
  };
}
