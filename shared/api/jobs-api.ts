import type { AppErrorPayload } from './result.js';
import type { MethodSpec, RequestSchemas } from './method.js';
import { idSchema, objectSchema } from './method.js';

/** Progress of a long job (opening a file, scanning, exporting, uploading), throttled by main. */
export interface JobProgress {
  jobId: string;
  kind: string;
  /** Units done so far (bytes, rows…) and the total, 0 when unknown. */
  done: number;
  total: number;
}

/** The end of a job: its result travels through the domain's own methods; this says how it ended. */
export type JobFinished =
  | { jobId: string; kind: string; ok: true }
  | { jobId: string; kind: string; ok: false; error: AppErrorPayload };

/** Methods of the `jobs` domain. */
export interface JobsApi {
  'jobs:cancel': MethodSpec<{ jobId: string }, { cancelled: boolean }>;
}

/** Events of the `jobs` domain (main → renderer). */
export interface JobEvents {
  'job:progress': JobProgress;
  'job:finished': JobFinished;
}

export const jobsRequestSchemas: RequestSchemas<JobsApi> = {
  'jobs:cancel': objectSchema({ jobId: idSchema }),
};
