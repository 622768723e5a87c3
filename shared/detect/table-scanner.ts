/**
 * Scans a whole table row by row: one streaming column scanner per column, preliminary findings
 * at any point, and a final verdict that weighs the columns against each other.
 */

import type { ColumnScanOptions, ColumnScanner } from './column-scanner.js';
import { createColumnScanner } from './column-scanner.js';
import type { PersonalDataFinding } from './finding.js';
import type { TableFindings } from './table-verdict.js';
import { judgeTable } from './table-verdict.js';
import type { Row } from '../table/cell.js';

/** A scanner for a whole table. */
export interface TableScanner {
  /** Examines one data row (0-based index below the header). */
  addRow(row: Row, rowIndex: number): void;
  /** The findings the rows seen so far support. */
  preliminary(): PersonalDataFinding[];
  /** The table's findings and quasi-identifiers. */
  finish(): TableFindings;
  /** The column scanners, in column order (for evidence merging across workers). */
  readonly columns: readonly ColumnScanner[];
}

/** Creates a table scanner for these headers (null for a column without a header). */
export function createTableScanner(headers: readonly (string | null)[], options: ColumnScanOptions = {}): TableScanner {
  const columns = headers.map((header, index) => createColumnScanner(header, index, options));
  return {
    columns,
    addRow(row, rowIndex) {
      const count = Math.min(row.length, columns.length);
      for (let index = 0; index < count; index += 1) columns[index]?.add(row[index] ?? null, rowIndex);
    },
    preliminary() {
      return judgeTable(columns.map((column) => column.verdict())).findings;
    },
    finish() {
      return judgeTable(columns.map((column) => column.verdict()));
    },
  };
}
