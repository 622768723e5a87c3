import { Worker } from 'node:worker_threads';
import { resolveWorkerEntry } from '../../jobs/worker-url.js';
import type { FileStamp } from '../file-access.js';
import type { PartSetup, RangePart } from './csv-range.js';

/** The parts of a file the helper is to share with the thread that opened it. */
export interface PartsTask {
  type: 'parts';
  filePath: string;
  stamp: FileStamp;
  setup: PartSetup;
  /** Part `i` is `[bounds[i], bounds[i + 1])`. */
  bounds: number[];
  /** One Int32: the next part to take, shared by both threads (`Atomics.add`). */
  counter: SharedArrayBuffer;
}

/** What the opening thread sends the helper. */
export type HelperRequest = PartsTask | { type: 'cancel' };

/** What the helper sends back. */
export type HelperReply =
  | { type: 'part'; index: number; part: RangePart }
  | { type: 'bytes'; bytes: number }
  | { type: 'ready' }
  | { type: 'done' }
  | { type: 'failed'; reason: string };

const WORKER = new URL('./csv-range-worker.js', import.meta.url);

/**
 * The worker thread that reads parts of a large CSV file beside the thread that opened it, so
 * that the first pass runs on both cores. Started before the head of the file is read, to hide
 * its start-up; if it cannot start or stops, the opening thread reads the missing parts itself.
 */
export class RangeHelper {
  private readonly parts = new Map<number, RangePart>();
  private stopped = false;
  /** The thread has started and waits for its task. */
  ready = false;
  private wake: (() => void) | null = null;
  /** Called as the helper reads bytes, for progress. */
  onBytes: ((bytes: number) => void) | null = null;
  /** Called when a part arrives. */
  onPart: ((index: number, part: RangePart) => void) | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: HelperReply) => {
      switch (reply.type) {
        case 'part':
          this.parts.set(reply.index, reply.part);
          this.onPart?.(reply.index, reply.part);
          break;
        case 'bytes':
          this.onBytes?.(reply.bytes);
          break;
        case 'ready':
          this.ready = true;
          break;
        case 'done':
        case 'failed':
          this.stopped = true;
          break;
      }
      this.wake?.();
    });
    const halt = (): void => {
      this.stopped = true;
      this.wake?.();
    };
    worker.on('error', halt);
    worker.on('exit', halt);
  }

  /** Starts the helper thread; null when no thread can be started here. */
  static start(): RangeHelper | null {
    try {
      const { entry, tsEntry } = resolveWorkerEntry(WORKER);
      // A smaller young generation than V8's default: the helper's garbage is short-lived, and
      // the process's peak memory stays within the goal (250 MB whatever the file's size).
      return new RangeHelper(new Worker(entry, { workerData: { tsEntry }, resourceLimits: { maxYoungGenerationSizeMb: 16 } }));
    } catch {
      return null;
    }
  }

  /** Hands the helper its task: it takes parts from the shared counter until none is left. */
  assign(task: PartsTask): void {
    this.worker.postMessage(task satisfies HelperRequest);
  }

  /** The part the helper read at `index`, if it did. */
  part(index: number): RangePart | undefined {
    return this.parts.get(index);
  }

  /** Forgets a part once merged, so that parts never pile up in memory. */
  forget(index: number): void {
    this.parts.delete(index);
  }

  /** Resolves once `done()` holds, or the helper has stopped. */
  async waitUntil(done: () => boolean, signal?: AbortSignal): Promise<void> {
    while (!this.stopped && !signal?.aborted && !done()) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        signal?.addEventListener('abort', () => resolve(), { once: true });
      });
      this.wake = null;
    }
  }

  /** Stops the helper thread. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.worker.postMessage({ type: 'cancel' } satisfies HelperRequest);
    await this.worker.terminate();
  }
}
