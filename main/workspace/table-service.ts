import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ReadOptions, RowWindow, TableFilter, TableSort, TableState, TableViewState } from '../../shared/api/files-api.js';
import { AppError } from '../../shared/errors.js';
import type { EmitEvent } from '../api/handler-types.js';
import type { JobRegistry } from '../jobs/job-registry.js';
import { resolveWorkerEntry } from '../jobs/worker-url.js';
import type { TableReply, TableRequest } from './table-protocol.js';

interface TableEntry {
  state: TableState;
  settle?: (error?: AppError) => void;
}

interface ViewEntry {
  state: TableViewState;
  settle: (error?: AppError) => void;
}

/**
 * The tables the clerk has open. Reading happens in the table worker; this keeps each table's
 * state, turns the worker's replies into API events and job progress, and restarts the worker
 * (failing its tables) if a hostile file brings it down.
 */
export class TableService {
  private worker: Worker | null = null;
  private readonly tables = new Map<string, TableEntry>();
  private readonly views = new Map<string, ViewEntry>();
  private readonly pendingRows = new Map<number, { resolve: (window: RowWindow) => void; reject: (error: AppError) => void }>();
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

  /** A window of data rows (0-based, below the header), in file order or through a ready view of this table. */
  rows(tableId: string, start: number, count: number, viewId?: string): Promise<RowWindow> {
    const { state } = this.entry(tableId);
    if (state.status === 'failed') return Promise.reject(new AppError('table.unknown-id'));
    if (viewId !== undefined) {
      const view = this.views.get(viewId);
      if (view?.state.tableId !== tableId || view.state.status !== 'ready') return Promise.reject(new AppError('table.unknown-view'));
    }
    const requestId = this.nextRequestId++;
    return new Promise<RowWindow>((resolve, reject) => {
      this.pendingRows.set(requestId, { resolve, reject });
      this.send({ type: 'rows', requestId, tableId, start, count, ...(viewId === undefined ? {} : { viewId }) });
    });
  }

  /**
   * Starts computing a sorted and/or filtered view of the whole table as a job (`table-view`);
   * it replaces the table's previous view, whose job ends as cancelled. With neither sort nor
   * filter, the table goes back to file order and the answer is null. The table must be fully read.
   */
  setView(tableId: string, sort: TableSort | null, filter: TableFilter | null): TableViewState | null {
    const { state: table } = this.entry(tableId);
    if (table.status !== 'ready') throw new AppError('table.not-ready');
    const columns = table.info?.columns.length ?? 0;
    for (const column of [sort?.column, filter?.column]) {
      if (column !== undefined && column !== null && column >= columns) throw new AppError('table.unknown-column', { column: column + 1 });
    }
    this.dropViews(tableId);
    if (!sort && !filter) {
      this.send({ type: 'drop-view', tableId });
      return null;
    }
    const viewId = `view-${randomUUID()}`;
    const jobId = `job-${randomUUID()}`;
    const state: TableViewState = { viewId, tableId, jobId, sort, filter, status: 'computing', rowCount: null, error: null };
    const result = new Promise<void>((resolve, reject) => {
      this.views.set(viewId, { state, settle: (error) => (error ? reject(error) : resolve()) });
    });
    result.catch(() => undefined);
    this.jobs.track({ jobId, kind: 'table-view', result, cancel: () => this.send({ type: 'cancel-view', tableId, viewId }) });
    this.send({ type: 'set-view', tableId, viewId, sort, filter });
    return state;
  }

  /** The current state of a view. */
  viewState(viewId: string): TableViewState {
    const view = this.views.get(viewId);
    if (!view) throw new AppError('table.unknown-view');
    return view.state;
  }

  /** Forgets a table and frees what the worker holds for it. */
  close(tableId: string): boolean {
    const entry = this.tables.get(tableId);
    if (!entry) return false;
    this.tables.delete(tableId);
    entry.settle?.(new AppError('job.cancelled'));
    this.dropViews(tableId);
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
    for (const view of this.views.values()) this.endView(view, new AppError('job.failed', { kind: 'table-view' }));
    for (const pending of this.pendingRows.values()) pending.reject(new AppError('job.failed', { kind: 'read-rows' }));
    this.pendingRows.clear();
  }

  private fail(entry: TableEntry, error: AppError): void {
    entry.state = { ...entry.state, status: 'failed', error: error.details ? { code: error.code, details: error.details } : { code: error.code } };
    entry.settle?.(error);
    this.emit('table:changed', { tableId: entry.state.tableId, status: 'failed' });
  }

  /** Forgets a table's views, ending a view still computing as cancelled. */
  private dropViews(tableId: string): void {
    for (const view of [...this.views.values()]) {
      if (view.state.tableId !== tableId) continue;
      this.endView(view, new AppError('job.cancelled'));
      this.views.delete(view.state.viewId);
    }
  }

  /** Ends a view's job; the view stays readable until its table is closed or its view replaced. */
  private endView(view: ViewEntry, error?: AppError, rowCount?: number): void {
    if (view.state.status !== 'computing') return;
    view.state = error
      ? { ...view.state, status: 'failed', error: error.details ? { code: error.code, details: error.details } : { code: error.code } }
      : { ...view.state, status: 'ready', rowCount: rowCount ?? 0 };
    view.settle(error);
    this.emit('table:view-changed', { tableId: view.state.tableId, viewId: view.state.viewId, status: view.state.status });
  }

  private receiveView(reply: Extract<TableReply, { type: 'view-progress' | 'view-ready' | 'view-failed' }>): void {
    const view = this.views.get(reply.viewId);
    if (!view) return;
    if (reply.type === 'view-progress') this.emit('job:progress', { jobId: view.state.jobId, kind: 'table-view', done: reply.done, total: reply.total });
    else if (reply.type === 'view-ready') this.endView(view, undefined, reply.rowCount);
    else this.endView(view, new AppError(reply.code, reply.details));
  }

  private receive(reply: TableReply): void {
    if (reply.type === 'view-progress' || reply.type === 'view-ready' || reply.type === 'view-failed') {
      this.receiveView(reply);
      return;
    }
    if (reply.type === 'rows' || reply.type === 'rows-failed') {
      const pending = this.pendingRows.get(reply.requestId);
      this.pendingRows.delete(reply.requestId);
      if (reply.type === 'rows') pending?.resolve(reply.window);
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
