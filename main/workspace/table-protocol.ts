import type { ReadOptions, TableInfo } from '../../shared/api/files-api.js';
import type { ErrorDetails } from '../../shared/api/result.js';
import type { ErrorCode } from '../../shared/errors.js';
import type { Row } from '../../shared/table/cell.js';

/** Requests main sends to the table worker, which holds every opened table. */
export type TableRequest =
  | { type: 'open'; tableId: string; path: string; options: ReadOptions }
  | { type: 'rows'; requestId: number; tableId: string; start: number; count: number }
  | { type: 'cancel'; tableId: string }
  | { type: 'close'; tableId: string };

/** What the table worker answers or announces. */
export type TableReply =
  | { type: 'progress'; tableId: string; done: number; total: number }
  | { type: 'preview'; tableId: string; info: TableInfo; rows: Row[] }
  | { type: 'opened'; tableId: string; info: TableInfo }
  | { type: 'open-failed'; tableId: string; code: ErrorCode; details?: ErrorDetails }
  | { type: 'rows'; requestId: number; rows: Row[] }
  | { type: 'rows-failed'; requestId: number; code: ErrorCode; details?: ErrorDetails };
