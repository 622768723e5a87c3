// The table worker: opens files with `openTable` off the main thread, keeps them open, and serves
// windows of rows. A hostile file that crashes it takes down this worker, never main.
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../shared/errors.js';
import type { OpenedTable } from '../files/open-table.js';
import { openTable } from '../files/open-table.js';
import type { TableReply, TableRequest } from './table-protocol.js';

const port = parentPort;
if (!port) throw new Error('table-worker must run in a worker thread');

const tables = new Map<string, Promise<OpenedTable>>();
const openings = new Map<string, AbortController>();
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
    send({ type: 'rows', requestId: request.requestId, rows: await (await table).readRows(request.start, request.count) });
  } catch (error) {
    send({ type: 'rows-failed', requestId: request.requestId, ...codeOf(error) });
  }
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
    case 'close': {
      openings.get(request.tableId)?.abort();
      const table = tables.get(request.tableId);
      tables.delete(request.tableId);
      void table?.then((opened) => opened.close(), () => undefined);
      break;
    }
  }
});
