import type { ReadOptions, RowWindow, TableFilter, TableInfo, TableSort } from '../../shared/api/files-api.js';
import type { ErrorDetails } from '../../shared/api/result.js';
import type { ErrorCode } from '../../shared/errors.js';
import type { Row } from '../../shared/table/cell.js';

/** Requests main sends to the table worker, which holds every opened table. */
export type TableRequest =
  | { type: 'open'; tableId: string; path: string; options: ReadOptions }
  | { type: 'rows'; requestId: number; tableId: string; start: number; count: number; viewId?: string }
  | { type: 'cancel'; tableId: string }
  | { type: 'set-view'; tableId: string; viewId: string; sort: TableSort | null; filter: TableFilter | null }
  | { type: 'cancel-view'; tableId: string; viewId: string }
  | { type: 'drop-view'; tableId: string }
  | { type: 'close'; tableId: string };

/** What the table worker answers or announces. */
export type TableReply =
  | { type: 'progress'; tableId: string; done: number; total: number }
  | { type: 'preview'; tableId: string; info: TableInfo; rows: Row[] }
  | { type: 'opened'; tableId: string; info: TableInfo }
  | { type: 'open-failed'; tableId: string; code: ErrorCode; details?: ErrorDetails }
  | { type: 'rows'; requestId: number; window: RowWindow }
  | { type: 'view-progress'; tableId: string; viewId: string; done: number; total: number }
  | { type: 'view-ready'; tableId: string; viewId: string; rowCount: number }
  | { type: 'view-failed'; tableId: string; viewId: string; code: ErrorCode; details?: ErrorDetails }
  | { type: 'rows-failed'; requestId: number; code: ErrorCode; details?: ErrorDetails };
