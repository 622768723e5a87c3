import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ReadOptions, TableState } from '../../shared/api/files-api.js';
import { AppError } from '../../shared/errors.js';
import type { Row } from '../../shared/table/cell.js';
import type { EmitEvent } from '../api/handler-types.js';
import type { JobRegistry } from '../jobs/job-registry.js';
import { resolveWorkerEntry } from '../jobs/worker-url.js';
import type { TableReply, TableRequest } from './table-protocol.js';

interface TableEntry {
  state: TableState;
  settle?: (error?: AppError) => void;
}

/**
 * The tables the clerk has open. Reading happens in the table worker; this keeps each table's
 * state, turns the worker's replies into API events and job progress, and restarts the worker
 * (failing its tables) if a hostile file brings it down.
 */
export class TableService {
  private worker: Worker | null = null;
  private readonly tables = new Map<string, TableEntry>();
  private readonly pendingRows = new Map<number, { resolve: (rows: Row[]) => void; reject: (error: AppError) => void }>();
  private nextRequestId = 1;

  constructor(
    private readonly emit: EmitEvent,
    private readonly jobs: JobRegistry,
  ) {}

  /** Starts reading a file; the first rows arrive as a `table:preview` event. */
  open(fileId: string, path: string, options: ReadOptions): TableState {
    const tableId = `table-${randomUUID()}`;
    const jobId = `job-${randomUUID()}`;
    const state: TableState = { tableId, fileId, status: 'reading', jobId, info: null, options, error: null };
    const entry: TableEntry = { state };
    this.tables.set(tableId, entry);
    const result = new Promise<void>((resolve, reject) => {
      entry.settle = (error) => (error ? reject(error) : resolve());
    });
    this.jobs.track({ jobId, kind: 'open-table', result, cancel: () => this.send({ type: 'cancel', tableId }) });
    result.catch(() => undefined);
    this.send({ type: 'open', tableId, path, options });
    return state;
  }

  /** The current state of a table. */
  state(tableId: string): TableState {
    return this.entry(tableId).state;
  }

  /** A window of data rows (0-based, below the header). */
  rows(tableId: string, start: number, count: number): Promise<Row[]> {
    const { state } = this.entry(tableId);
    if (state.status === 'failed') return Promise.reject(new AppError('table.unknown-id'));
    const requestId = this.nextRequestId++;
    return new Promise<Row[]>((resolve, reject) => {
      this.pendingRows.set(requestId, { resolve, reject });
      this.send({ type: 'rows', requestId, tableId, start, count });
    });
  }

  /** Forgets a table and frees what the worker holds for it. */
  close(tableId: string): boolean {
    const entry = this.tables.get(tableId);
    if (!entry) return false;
    this.tables.delete(tableId);
    entry.settle?.(new AppError('job.cancelled'));
    this.send({ type: 'close', tableId });
    return true;
  }

  /** Stops the worker (the app is closing). */
  async dispose(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private entry(tableId: string): TableEntry {
    const entry = this.tables.get(tableId);
    if (!entry) throw new AppError('table.unknown-id');
    return entry;
  }

  private send(request: TableRequest): void {
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const { entry, tsEntry } = resolveWorkerEntry(new URL('./table-worker.js', import.meta.url));
    const worker = new Worker(entry, { workerData: { tsEntry } });
    worker.on('message', (reply: TableReply) => this.receive(reply));
    worker.on('error', () => this.workerLost(worker));
    worker.on('exit', () => this.workerLost(worker));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private workerLost(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const entry of this.tables.values()) {
      if (entry.state.status === 'reading') this.fail(entry, new AppError('job.failed', { kind: 'open-table' }));
      else entry.state = { ...entry.state, status: 'failed', error: { code: 'job.failed' } };
    }
    for (const pending of this.pendingRows.values()) pending.reject(new AppError('job.failed', { kind: 'read-rows' }));
    this.pendingRows.clear();
  }

  private fail(entry: TableEntry, error: AppError): void {
    entry.state = { ...entry.state, status: 'failed', error: error.details ? { code: error.code, details: error.details } : { code: error.code } };
    entry.settle?.(error);
    this.emit('table:changed', { tableId: entry.state.tableId, status: 'failed' });
  }

  private receive(reply: TableReply): void {
    if (reply.type === 'rows' || reply.type === 'rows-failed') {
      const pending = this.pendingRows.get(reply.requestId);
      this.pendingRows.delete(reply.requestId);
      if (reply.type === 'rows') pending?.resolve(reply.rows);
      else pending?.reject(new AppError(reply.code, reply.details));
      return;
    }
    const entry = this.tables.get(reply.tableId);
    if (!entry) return;
    switch (reply.type) {
      case 'progress':
        this.emit('job:progress', { jobId: entry.state.jobId, kind: 'open-table', done: reply.done, total: reply.total });
        break;
      case 'preview':
        entry.state = { ...entry.state, info: reply.info };
        this.emit('table:preview', { tableId: reply.tableId, info: reply.info, rows: reply.rows });
        break;
      case 'opened':
        entry.state = { ...entry.state, status: 'ready', info: reply.info };
        entry.settle?.();
        this.emit('table:changed', { tableId: reply.tableId, status: 'ready' });
        break;
      case 'open-failed':
        this.fail(entry, new AppError(reply.code, reply.details));
        break;
    }
  }
}
