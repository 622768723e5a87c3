import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors.js';
import type { HostToWorker, JobStart, WorkerToHost } from './job-protocol.js';
import { resolveWorkerEntry } from './worker-url.js';

/** Options of a job run. */
export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onMessage?: (message: unknown) => void;
  /** Minimum milliseconds between two progress reports (default 100). */
  progressIntervalMs?: number;
}

/** A running job: its id (for `jobs:cancel`), its outcome, and a way to stop it. */
export interface JobHandle<Output> {
  jobId: string;
  kind: string;
  result: Promise<Output>;
  cancel(): void;
}

/** How long a cancelled worker may take to stop by itself before it is terminated. */
const CANCEL_GRACE_MS = 2000;

/**
 * Runs one job in a new worker thread (`workerUrl` names the built `.js` module, which calls
 * `defineWorkerJob`). The result rejects with an `AppError`: the worker's own code,
 * `job.cancelled`, or `job.failed` when the worker crashed — main never goes down with it.
 */
export function runWorkerJob<Input, Output>(
  kind: string,
  workerUrl: URL,
  input: Input,
  options: JobOptions = {},
): JobHandle<Output> {
  const jobId = `job-${randomUUID()}`;
  const { entry, tsEntry } = resolveWorkerEntry(workerUrl);
  const start: JobStart<Input> & { tsEntry: string | null } = {
    jobId,
    kind,
    input,
    progressIntervalMs: options.progressIntervalMs ?? 100,
    tsEntry,
  };
  const worker = new Worker(entry, { workerData: start });
  let settled = false;
  let cancelled = false;

  const result = new Promise<Output>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerToHost<Output>) => {
      switch (message.type) {
        case 'progress':
          options.onProgress?.(message.done, message.total);
          break;
        case 'message':
          options.onMessage?.(message.payload);
          break;
        case 'result':
          finish(() => resolve(message.value));
          break;
        case 'error':
          finish(() => reject(new AppError(message.code, message.details)));
          break;
      }
    });
    worker.on('error', (error) => {
      finish(() => reject(new AppError(cancelled ? 'job.cancelled' : 'job.failed', { kind }, { cause: error })));
    });
    worker.on('exit', (code) => {
      finish(() => reject(new AppError(cancelled ? 'job.cancelled' : 'job.failed', { kind, exitCode: code })));
    });
  });

  function cancel(): void {
    if (settled || cancelled) return;
    cancelled = true;
    worker.postMessage({ type: 'cancel' } satisfies HostToWorker);
    setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref();
  }
  if (options.signal?.aborted) cancel();
  else options.signal?.addEventListener('abort', cancel, { once: true });

  return { jobId, kind, result, cancel };
}
