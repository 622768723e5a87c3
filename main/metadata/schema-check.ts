/**
 * Checks a vetted table against an official schema, batch by batch as the rows stream from the
 * export pipeline, yielding to the event loop between batches so that main stays responsive, with
 * throttled progress and cancellation between batches.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../shared/errors.js';
import type { Row } from '../../shared/table/cell.js';
import type { TableSchema } from '../../shared/table-schema/table-schema.js';
import type { TableSchemaReport } from '../../shared/table-schema/validate-table.js';
import { createTableSchemaValidator } from '../../shared/table-schema/validate-table.js';

/** The vetted table of a draft, as the export pipeline streams it (column names after renaming). */
export interface VettedTable {
  headers: string[];
  batches: AsyncIterable<Row[]>;
  /** Rows in all, for progress; 0 when unknown. */
  rowCount: number;
}

/** Opens the vetted table of a draft (wired by the lead to the export service). */
export type OpenVettedTable = (draftId: string, signal: AbortSignal) => Promise<VettedTable>;

/** Validates every row of the table; rejects with `job.cancelled` when the signal fires. */
export async function checkTableAgainstSchema(
  table: VettedTable,
  schema: TableSchema,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; maxErrors?: number } = {},
): Promise<TableSchemaReport> {
  const validator = createTableSchemaValidator(schema, table.headers, { maxErrors: options.maxErrors });
  let done = 0;
  let reported = 0;
  for await (const batch of table.batches) {
    if (options.signal?.aborted) throw new AppError('job.cancelled');
    validator.checkRows(batch);
    done += batch.length;
    const now = Date.now();
    if (now - reported >= 100) {
      reported = now;
      options.onProgress?.(done, table.rowCount);
    }
    await nextTurn();
  }
  if (options.signal?.aborted) throw new AppError('job.cancelled');
  options.onProgress?.(done, table.rowCount);
  return validator.report();
}
