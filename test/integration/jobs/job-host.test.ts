import { describe, expect, it } from 'vitest';
import { runWorkerJob } from '../../../main/jobs/job-host.js';
import { JobRegistry } from '../../../main/jobs/job-registry.js';

const worker = new URL('./counting-worker.js', import.meta.url);

describe('worker job host', () => {
  it('runs a job in a worker thread, with throttled progress, messages and a result', async () => {
    const progress: number[] = [];
    const messages: unknown[] = [];
    const job = runWorkerJob<{ to: number; mode: string }, { counted: number }>('count', worker, { to: 500, mode: 'count' }, {
      onProgress: (done) => progress.push(done),
      onMessage: (message) => messages.push(message),
      progressIntervalMs: 1_000_000,
    });
    await expect(job.result).resolves.toEqual({ counted: 500 });
    // Throttled: the first report, then only the final one.
    expect(progress).toEqual([1, 500]);
    expect(messages).toHaveLength(5);
  });

  it('passes a coded failure through', async () => {
    const job = runWorkerJob('count', worker, { to: 1, mode: 'fail' });
    await expect(job.result).rejects.toMatchObject({ code: 'file.corrupt', details: { file: 'x.xlsx' } });
  });

  it('survives a worker that crashes, with job.failed', async () => {
    const job = runWorkerJob('count', worker, { to: 1, mode: 'crash' });
    await expect(job.result).rejects.toMatchObject({ code: 'job.failed' });
  });

  it('cancels a running job', async () => {
    const controller = new AbortController();
    const job = runWorkerJob('count', worker, { to: 1, mode: 'forever' }, { signal: controller.signal, onMessage: () => controller.abort() });
    await expect(job.result).rejects.toMatchObject({ code: 'job.cancelled' });
  });

  it('announces the end of tracked jobs and cancels them by id', async () => {
    const events: { event: string; payload: unknown }[] = [];
    const registry = new JobRegistry((event, payload) => events.push({ event, payload }));
    const job = registry.track(runWorkerJob('count', worker, { to: 1, mode: 'forever' }));
    expect(registry.cancel(job.jobId)).toBe(true);
    await expect(job.result).rejects.toMatchObject({ code: 'job.cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual([
      { event: 'job:finished', payload: { jobId: job.jobId, kind: 'count', ok: false, error: { code: 'job.cancelled' } } },
    ]);
    expect(registry.cancel(job.jobId)).toBe(false);
  });
});
