import type { EmitEvent } from '../api/handler-types.js';
import { isAppError } from '../../shared/errors.js';

/** What the registry needs of a running job. */
export interface TrackedJob {
  jobId: string;
  kind: string;
  result: Promise<unknown>;
  cancel(): void;
}

/**
 * The jobs currently running, so the clerk can cancel any of them (`jobs:cancel`), and so that
 * each job's end is announced to the renderer as a `job:finished` event.
 */
export class JobRegistry {
  private readonly running = new Map<string, TrackedJob>();

  constructor(private readonly emit: EmitEvent) {}

  /** Starts tracking a job; it leaves the registry when it ends. */
  track<J extends TrackedJob>(job: J): J {
    this.running.set(job.jobId, job);
    job.result.then(
      () => this.emit('job:finished', { jobId: job.jobId, kind: job.kind, ok: true }),
      (error: unknown) =>
        this.emit('job:finished', {
          jobId: job.jobId,
          kind: job.kind,
          ok: false,
          error: isAppError(error) ? { code: error.code, ...(error.details ? { details: error.details } : {}) } : { code: 'job.failed' },
        }),
    ).finally(() => this.running.delete(job.jobId));
    return job;
  }

  /** Progress reporter for a tracked job, sending `job:progress` events. */
  progressReporter(jobId: string, kind: string): (done: number, total: number) => void {
    return (done, total) => this.emit('job:progress', { jobId, kind, done, total });
  }

  /** Cancels a running job; false when it already ended or never existed. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.cancel();
    return true;
  }

  /** Cancels every running job (the app is closing). */
  cancelAll(): void {
    for (const job of this.running.values()) job.cancel();
  }
}
