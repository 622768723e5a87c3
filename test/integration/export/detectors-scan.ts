/**
 * The personal-data scan of a file with the app's real readers and detectors: `openTable` of
 * `main/files/` and the table scanner of `shared/detect/`, row by row.
 */
import type { ScanFile } from '../../../main/export/export-service.js';
import { openTable } from '../../../main/files/open-table.js';
import { createTableScanner } from '../../../shared/detect/table-scanner.js';

/** Scans a whole file and returns its findings, as pre-flight needs them. */
export const scanWithDetectors: ScanFile = async (filePath, options, control) => {
  const table = await openTable(filePath, { ...options, ...(control.signal ? { signal: control.signal } : {}) });
  try {
    const scanner = createTableScanner(table.info.columns.map((column) => column.name), { referenceDate: { year: 2026, month: 1, day: 1 } });
    let index = 0;
    for await (const batch of table.rows(control.signal)) {
      for (const row of batch) scanner.addRow(row, index++);
      control.onProgress?.(index, table.info.rowCount);
    }
    const result = scanner.finish();
    return { findings: result.findings, quasiIdentifiers: result.quasiIdentifiers, rowCount: index };
  } finally {
    await table.close();
  }
};
