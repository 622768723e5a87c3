/**
 * Scans the rows of an opened table in the current thread: the loop shared by the scan worker
 * and the command-line tool (which is already its own process).
 */

import type { CalendarDate } from '../../shared/detect/dates.js';
import type { PersonalDataFinding } from '../../shared/detect/finding.js';
import { createTableScanner } from '../../shared/detect/table-scanner.js';
import { AppError } from '../../shared/errors.js';
import type { TableInfo } from '../../shared/table/table-info.js';
import type { OpenedTable } from '../files/open-table.js';
import { openTable } from '../files/open-table.js';
import type { ReadOptions } from '../../shared/table/table-info.js';
import type { ScanReport } from './scan-job.js';

/** Hooks of a scan loop. */
export interface ScanLoopControl {
  signal?: AbortSignal;
  referenceDate?: CalendarDate;
  /** Examine every row instead of sampling past the first cells of each column. */
  everyRow?: boolean;
  /** Rows scanned so far, of the table's row count. */
  onRows?: (done: number, total: number) => void;
  /** Called about once a second with the findings so far. */
  onPreliminary?: (rowsScanned: number, findings: PersonalDataFinding[]) => void;
}

const PRELIMINARY_EVERY_MS = 1000;

/** The column headers a scanner is built for (null when a column has none). */
export function scanHeaders(info: Pick<TableInfo, 'columns'>): (string | null)[] {
  return info.columns.map((column) => (column.name === '' ? null : column.name));
}

/** Scans every row of an opened table and returns its report. */
export async function scanOpenedTable(table: OpenedTable, control: ScanLoopControl = {}): Promise<ScanReport> {
  const scanner = createTableScanner(scanHeaders(table.info), {
    ...(control.referenceDate ? { referenceDate: control.referenceDate } : {}),
    ...(control.everyRow === true ? { fullScanCells: Infinity } : {}),
  });
  const total = table.info.rowCount;
  let rowIndex = 0;
  let lastPost = Date.now();
  for await (const batch of table.rows(control.signal)) {
    if (control.signal?.aborted) throw new AppError('job.cancelled');
    for (const row of batch) scanner.addRow(row, rowIndex++);
    control.onRows?.(rowIndex, total);
    if (control.onPreliminary && Date.now() - lastPost >= PRELIMINARY_EVERY_MS) {
      lastPost = Date.now();
      control.onPreliminary(rowIndex, scanner.preliminary());
    }
  }
  const result = scanner.finish();
  return { findings: result.findings, quasiIdentifiers: result.quasiIdentifiers, rowCount: rowIndex };
}

/** Opens a file once, and returns its description with the findings of its scan (a CSV file is scanned while read). */
export async function inspectAndScan(filePath: string, options: ReadOptions): Promise<{ info: TableInfo; report: ScanReport }> {
  const table = await openTable(filePath, { ...options, scan: {} });
  try {
    if (table.findings) {
      const { findings, quasiIdentifiers } = table.findings;
      return { info: table.info, report: { findings, quasiIdentifiers, rowCount: table.info.rowCount } };
    }
    return { info: table.info, report: await scanOpenedTable(table) };
  } finally {
    await table.close();
  }
}
