import type { ErrorDetails } from '../../shared/api/result.js';
import type { ErrorCode } from '../../shared/errors.js';

/** Messages a job worker sends to its host. */
export type WorkerToHost<Output> =
  | { type: 'progress'; done: number; total: number }
  | { type: 'message'; payload: unknown }
  | { type: 'result'; value: Output }
  | { type: 'error'; code: ErrorCode; details?: ErrorDetails };

/** Messages the host sends to a job worker. */
export type HostToWorker = { type: 'cancel' };

/** What the worker receives at start, as `workerData`. */
export interface JobStart<Input> {
  jobId: string;
  kind: string;
  input: Input;
  /** Minimum milliseconds between two progress messages. */
  progressIntervalMs: number;
}
