import type { Row } from '../table/cell.js';
import type { ReadOptions, SourceFormat, TableInfo } from '../table/table-info.js';
import type { JsonSchema, MethodSpec, NoParams, RequestSchemas } from './method.js';
import type { AppErrorPayload } from './result.js';
import { idSchema, noParamsSchema, objectSchema } from './method.js';

export type { ColumnProfile, ReadOptions, SheetSummary, SourceFormat, TableInfo } from '../table/table-info.js';

/** A file main knows by an opaque id; the renderer never sees its path. */
export interface FileRef {
  fileId: string;
  name: string;
  size: number;
}

/** A recently opened file, for the home screen. */
export interface RecentFile {
  recentId: number;
  name: string;
  size: number;
  format: SourceFormat | null;
  openedAt: string;
  /** False when the file is no longer where it was. */
  available: boolean;
}

/** The state of a table being opened: its first rows come before the whole pass ends. */
export interface TableState {
  tableId: string;
  fileId: string;
  /** `reading` while the first pass runs; `ready` once the whole file is indexed and profiled. */
  status: 'reading' | 'ready' | 'failed';
  jobId: string;
  info: TableInfo | null;
  options: ReadOptions;
  /** Why reading failed, when `status` is `failed`. */
  error: AppErrorPayload | null;
}

/** Sort a table view by one column; empty cells always come last, whichever the direction. */
export interface TableSort {
  column: number;
  direction: 'ascending' | 'descending';
}

/** Keep the rows whose cell (in `column`, or in any column when null) contains `text`, ignoring accents and case. */
export interface TableFilter {
  column: number | null;
  text: string;
}

/**
 * A sorted and/or filtered view of a whole table, computed in main as a job (`jobId`, with
 * `job:progress` and `jobs:cancel`). Once `ready`, `table:rows` with its `viewId` reads through it.
 */
export interface TableViewState {
  viewId: string;
  tableId: string;
  jobId: string;
  sort: TableSort | null;
  filter: TableFilter | null;
  status: 'computing' | 'ready' | 'failed';
  /** Rows the view holds (the matching rows), once `ready`. */
  rowCount: number | null;
  /** Why computing failed or was cancelled (`job.cancelled`), when `status` is `failed`. */
  error: AppErrorPayload | null;
}

/** A window of rows; `rowNumbers` are their 0-based data-row numbers in the file, so a sorted view can show where each row comes from. */
export interface RowWindow {
  start: number;
  rows: Row[];
  rowNumbers: number[];
}

/** Methods of the `files` and `table` domains. */
export interface FilesApi {
  'files:pick': MethodSpec<NoParams, FileRef | null>;
  'files:recent': MethodSpec<NoParams, RecentFile[]>;
  'files:open-recent': MethodSpec<{ recentId: number }, FileRef>;
  'table:open': MethodSpec<{ fileId: string; options: ReadOptions }, TableState>;
  'table:state': MethodSpec<{ tableId: string }, TableState>;
  /** Rows of the table in file order, or through a ready view when `viewId` is given. */
  'table:rows': MethodSpec<{ tableId: string; start: number; count: number; viewId?: string }, RowWindow>;
  /** Starts computing a view of the whole table; it replaces the table's previous view. Both null: back to file order (answers null). */
  'table:set-view': MethodSpec<{ tableId: string; sort: TableSort | null; filter: TableFilter | null }, TableViewState | null>;
  'table:view-state': MethodSpec<{ viewId: string }, TableViewState>;
  'table:close': MethodSpec<{ tableId: string }, { closed: boolean }>;
}

/** Events of the `table` domain. */
export interface FilesEvents {
  /** The first window of a table being read, before the full pass ends. */
  'table:preview': { tableId: string; info: TableInfo; rows: Row[] };
  /** The table is fully read (or failed): ask `table:state`. */
  'table:changed': { tableId: string; status: TableState['status'] };
  /** A view finished computing (or failed, or was cancelled): ask `table:view-state`. */
  'table:view-changed': { tableId: string; viewId: string; status: TableViewState['status'] };
}

/** How to read a file, as every domain's requests carry it; an unknown encoding label is refused by the reader in French. */
export const readOptionsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sheet: { type: 'string', minLength: 1, maxLength: 255 },
    headerRow: { type: 'integer', minimum: 0, maximum: 1_048_576 },
    encoding: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' },
    delimiter: { enum: [';', ',', '\t', '|'] },
  },
};

export const filesRequestSchemas: RequestSchemas<FilesApi> = {
  'files:pick': noParamsSchema,
  'files:recent': noParamsSchema,
  'files:open-recent': objectSchema({ recentId: { type: 'integer', minimum: 1 } }),
  'table:open': objectSchema({ fileId: idSchema, options: readOptionsSchema }),
  'table:state': objectSchema({ tableId: idSchema }),
  'table:rows': objectSchema({
    tableId: idSchema,
    start: { type: 'integer', minimum: 0 },
    count: { type: 'integer', minimum: 0, maximum: 1000 },
    viewId: idSchema,
  }, ['viewId']),
  'table:set-view': objectSchema({
    tableId: idSchema,
    sort: {
      anyOf: [
        { type: 'null' },
        objectSchema({ column: { type: 'integer', minimum: 0, maximum: 100_000 }, direction: { enum: ['ascending', 'descending'] } }),
      ],
    },
    filter: {
      anyOf: [
        { type: 'null' },
        objectSchema({
          column: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 0, maximum: 100_000 }] },
          text: { type: 'string', minLength: 1, maxLength: 500 },
        }),
      ],
    },
  }),
  'table:view-state': objectSchema({ viewId: idSchema }),
  'table:close': objectSchema({ tableId: idSchema }),
};
