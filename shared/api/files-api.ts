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

/** Methods of the `files` and `table` domains. */
export interface FilesApi {
  'files:pick': MethodSpec<NoParams, FileRef | null>;
  'files:recent': MethodSpec<NoParams, RecentFile[]>;
  'files:open-recent': MethodSpec<{ recentId: number }, FileRef>;
  'table:open': MethodSpec<{ fileId: string; options: ReadOptions }, TableState>;
  'table:state': MethodSpec<{ tableId: string }, TableState>;
  'table:rows': MethodSpec<{ tableId: string; start: number; count: number }, { start: number; rows: Row[] }>;
  'table:close': MethodSpec<{ tableId: string }, { closed: boolean }>;
}

/** Events of the `table` domain. */
export interface FilesEvents {
  /** The first window of a table being read, before the full pass ends. */
  'table:preview': { tableId: string; info: TableInfo; rows: Row[] };
  /** The table is fully read (or failed): ask `table:state`. */
  'table:changed': { tableId: string; status: TableState['status'] };
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
  }),
  'table:close': objectSchema({ tableId: idSchema }),
};
