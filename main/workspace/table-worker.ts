// The table worker: opens files with `openTable` off the main thread, keeps them open, and serves
// windows of rows. A hostile file that crashes it takes down this worker, never main.
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../shared/errors.js';
import type { OpenedTable } from '../files/open-table.js';
import { openTable } from '../files/open-table.js';
import type { TableReply, TableRequest } from './table-protocol.js';
import { computeViewOrder } from './view-order.js';
import { readViewRows } from './view-rows.js';

const port = parentPort;
if (!port) throw new Error('table-worker must run in a worker thread');

const tables = new Map<string, Promise<OpenedTable>>();
const openings = new Map<string, AbortController>();
/** Each table's current view: only its row numbers in view order are kept, never rows. */
const views = new Map<string, { viewId: string; controller: AbortController; order: Uint32Array | null }>();
const send = (reply: TableReply) => port.postMessage(reply);

function codeOf(error: unknown): Pick<Extract<TableReply, { type: 'open-failed' }>, 'code' | 'details'> {
  if (isAppError(error)) return error.details ? { code: error.code, details: error.details } : { code: error.code };
  return { code: 'file.corrupt', details: { reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' } };
}

function open(request: Extract<TableRequest, { type: 'open' }>): void {
  const controller = new AbortController();
  openings.set(request.tableId, controller);
  const opening = openTable(request.path, {
    ...request.options,
    signal: controller.signal,
    onProgress: (done, total) => send({ type: 'progress', tableId: request.tableId, done, total }),
    onFirstWindow: ({ info, rows }) => send({ type: 'preview', tableId: request.tableId, info, rows }),
  });
  tables.set(request.tableId, opening);
  opening.then(
    (table) => send({ type: 'opened', tableId: request.tableId, info: table.info }),
    (error: unknown) => {
      tables.delete(request.tableId);
      send({ type: 'open-failed', tableId: request.tableId, ...(controller.signal.aborted ? { code: 'job.cancelled' } : codeOf(error)) });
    },
  ).finally(() => openings.delete(request.tableId));
}

async function rows(request: Extract<TableRequest, { type: 'rows' }>): Promise<void> {
  const table = tables.get(request.tableId);
  if (!table) {
    send({ type: 'rows-failed', requestId: request.requestId, code: 'table.unknown-id' });
    return;
  }
  try {
    const opened = await table;
    if (request.viewId === undefined) {
      const rows = await opened.readRows(request.start, request.count);
      send({ type: 'rows', requestId: request.requestId, window: { start: request.start, rows, rowNumbers: rows.map((_, i) => request.start + i) } });
      return;
    }
    const view = views.get(request.tableId);
    if (!view || view.viewId !== request.viewId || !view.order) {
      send({ type: 'rows-failed', requestId: request.requestId, code: 'table.unknown-view' });
      return;
    }
    send({ type: 'rows', requestId: request.requestId, window: await readViewRows(opened, view.order, request.start, request.count) });
  } catch (error) {
    send({ type: 'rows-failed', requestId: request.requestId, ...codeOf(error) });
  }
}

function dropView(tableId: string): void {
  views.get(tableId)?.controller.abort();
  views.delete(tableId);
}

function setView(request: Extract<TableRequest, { type: 'set-view' }>): void {
  const { tableId, viewId } = request;
  dropView(tableId);
  const table = tables.get(tableId);
  if (!table) {
    send({ type: 'view-failed', tableId, viewId, code: 'table.unknown-id' });
    return;
  }
  const view = { viewId, controller: new AbortController(), order: null as Uint32Array | null };
  views.set(tableId, view);
  const { signal } = view.controller;
  table
    .then((opened) => computeViewOrder(opened, request, signal, (done, total) => send({ type: 'view-progress', tableId, viewId, done, total })))
    .then(
      (order) => {
        if (views.get(tableId) !== view) return;
        view.order = order;
        send({ type: 'view-ready', tableId, viewId, rowCount: order.length });
      },
      (error: unknown) => {
        if (views.get(tableId) === view) views.delete(tableId);
        send({ type: 'view-failed', tableId, viewId, ...(signal.aborted ? { code: 'job.cancelled' } : codeOf(error)) });
      },
    );
}

port.on('message', (request: TableRequest) => {
  switch (request.type) {
    case 'open':
      open(request);
      break;
    case 'rows':
      void rows(request);
      break;
    case 'cancel':
      openings.get(request.tableId)?.abort();
      break;
    case 'set-view':
      setView(request);
      break;
    case 'cancel-view':
      if (views.get(request.tableId)?.viewId === request.viewId) dropView(request.tableId);
      break;
    case 'drop-view':
      dropView(request.tableId);
      break;
    case 'close': {
      openings.get(request.tableId)?.abort();
      dropView(request.tableId);
      const table = tables.get(request.tableId);
      tables.delete(request.tableId);
      void table?.then((opened) => opened.close(), () => undefined);
      break;
    }
  }
});
