import type { TableInfo } from '../../shared/table/table-info.js';

/** More members per column, merged into the JSON (the personal-data scan adds `personal`). */
export interface InspectionExtras {
  columns?: (Record<string, unknown> | undefined)[];
}

/**
 * The JSON object `atelier inspect --json` prints, in the shape issue 3 fixes: the file, its
 * format and dialect, its sheets, the header row, the row count, and per column its index,
 * name, type, empty cells and distinct values. `extras` adds members to each column.
 */
export function inspectionJson(info: TableInfo, extras: InspectionExtras = {}): Record<string, unknown> {
  return {
    file: info.file,
    format: info.format,
    encoding: info.encoding,
    bom: info.bom,
    delimiter: info.delimiter,
    sheets: info.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows, hasTable: s.hasTable })),
    sheet: info.sheet,
    headerRow: info.headerRow,
    rowCount: info.rowCount,
    columns: info.columns.map((c, i) => ({
      index: c.index,
      name: c.name,
      type: c.type,
      empty: c.empty,
      distinct: c.distinct,
      ...extras.columns?.[i],
    })),
  };
}
