import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../shared/errors.js';
import type { HostToWorker, JobStart, WorkerToHost } from './job-protocol.js';

/** What a job's body can do besides computing its result. */
export interface WorkerJobContext {
  /** Aborted when the clerk cancels the job. */
  signal: AbortSignal;
  /** Reports progress; throttled here, so call it as often as convenient. */
  progress(done: number, total: number): void;
  /** Sends an intermediate message (e.g. preliminary findings) to the host. */
  post(message: unknown): void;
}

/**
 * Declares the body of a job in a worker module. The module is started by `runWorkerJob`; this
 * runs the body once with the input from the host, and turns its outcome into typed messages.
 */
export function defineWorkerJob<Input, Output>(
  body: (input: Input, context: WorkerJobContext) => Promise<Output>,
): void {
  const port = parentPort;
  if (!port) throw new Error('defineWorkerJob must run inside a worker thread');
  const start = workerData as JobStart<Input>;
  const controller = new AbortController();
  const send = (message: WorkerToHost<Output>) => port.postMessage(message);
  port.on('message', (message: HostToWorker) => {
    if (message.type === 'cancel') controller.abort();
  });

  let lastProgressAt = 0;
  const context: WorkerJobContext = {
    signal: controller.signal,
    progress(done, total) {
      const now = Date.now();
      if (now - lastProgressAt < start.progressIntervalMs && done < total) return;
      lastProgressAt = now;
      send({ type: 'progress', done, total });
    },
    post(payload) {
      send({ type: 'message', payload });
    },
  };

  body(start.input, context).then(
    (value) => {
      send({ type: 'result', value });
      port.close();
    },
    (error: unknown) => {
      if (controller.signal.aborted) send({ type: 'error', code: 'job.cancelled' });
      else if (isAppError(error)) send({ type: 'error', code: error.code, ...(error.details ? { details: error.details } : {}) });
      else send({ type: 'error', code: 'job.failed', details: { reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' } });
      port.close();
    },
  );
}
