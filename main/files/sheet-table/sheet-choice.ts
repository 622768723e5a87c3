import { AppError } from '../../../shared/errors.js';
import type { Row } from '../../../shared/table/cell.js';
import { looksLikeTable, type SampleRow } from '../../../shared/table/header-detect.js';
import type { SheetSummary } from '../../../shared/table/table-info.js';
import type { Workbook } from '../workbook/index.js';

/** Rows read from each sheet to tell a table from notes. */
export const PREVIEW_ROWS = 200;

/** The sheets as listed for the clerk, and the sheet to open. */
export interface SheetChoice {
  summaries: SheetSummary[];
  chosen: string;
}

async function previewSheet(workbook: Workbook, name: string, signal?: AbortSignal): Promise<{ rows: SampleRow[]; rowCount: number }> {
  const rows: SampleRow[] = [];
  const result = await workbook.readSheet(name, (index: number, cells: Row) => rows.push({ index, cells }), {
    maxRows: PREVIEW_ROWS,
    ...(signal ? { signal } : {}),
  });
  return { rows, rowCount: result.rowCount };
}

/** Rows of a sheet whose file does not declare its size (ODS): read through, keeping nothing. */
async function countRows(workbook: Workbook, name: string, signal?: AbortSignal): Promise<number> {
  const result = await workbook.readSheet(name, () => undefined, signal ? { signal } : {});
  return result.rowCount;
}

/**
 * Lists the sheets with their size, hidden flag and whether they hold a table (from their
 * first rows), and picks the sheet to open: the one the clerk named, else the first visible
 * worksheet that holds a table (notes, empty and chart sheets skipped), else the first
 * worksheet. A workbook with a single worksheet is not previewed: the full read will judge it.
 */
export async function chooseSheet(workbook: Workbook, wanted: string | undefined, signal?: AbortSignal): Promise<SheetChoice> {
  if (wanted !== undefined && !workbook.sheets.some((s) => s.name === wanted)) {
    throw new AppError('file.sheet-not-found', { sheet: wanted });
  }
  const worksheets = workbook.sheets.filter((s) => s.kind === 'worksheet');
  if (worksheets.length === 0) throw new AppError('file.no-table');
  const summaries: SheetSummary[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.kind !== 'worksheet') {
      summaries.push({ name: sheet.name, hidden: sheet.hidden, rows: sheet.rows ?? 0, hasTable: false });
      continue;
    }
    if (worksheets.length === 1) {
      summaries.push({ name: sheet.name, hidden: sheet.hidden, rows: sheet.rows ?? 0, hasTable: true });
      continue;
    }
    const preview = await previewSheet(workbook, sheet.name, signal);
    const rows = sheet.rows ?? (preview.rowCount < PREVIEW_ROWS ? preview.rowCount : await countRows(workbook, sheet.name, signal));
    summaries.push({ name: sheet.name, hidden: sheet.hidden, rows, hasTable: looksLikeTable(preview.rows) });
  }
  const visibleTable = summaries.find((s) => s.hasTable && !s.hidden && worksheets.some((w) => w.name === s.name));
  const chosen = wanted ?? visibleTable?.name ?? summaries.find((s) => s.hasTable)?.name ?? worksheets[0]!.name;
  return { summaries, chosen };
}
