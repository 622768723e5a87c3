import { AppError } from '../../../shared/errors.js';
import type { Row } from '../../../shared/table/cell.js';
import { looksLikeTable, type CellRange, type SampleRow } from '../../../shared/table/header-detect.js';
import { TableAssembler } from '../../../shared/table/table-assembler.js';
import type { SheetSummary, TableInfo } from '../../../shared/table/table-info.js';
import { displayName } from '../file-access.js';
import type { OpenedTable, OpenTableOptions } from '../open-table.js';
import { openWorkbook, type Workbook, type WorkbookFormat } from '../workbook/index.js';
import { RowStore } from './row-store.js';
import { chooseSheet, PREVIEW_ROWS } from './sheet-choice.js';

const FIRST_WINDOW_ROWS = 100;
const REPLAY_BATCH = 2000;
const ROWS_PER_BATCH = 1000;

function fitRow(row: Row, width: number): Row {
  const out = row.length > width ? row.slice(0, width) : row.slice();
  for (let i = 0; i < out.length; i++) if (out[i] === '') out[i] = null;
  while (out.length < width) out.push(null);
  return out;
}

function describe(filePath: string, format: WorkbookFormat, sheets: SheetSummary[], sheet: string, assembler: TableAssembler): TableInfo {
  const layout = assembler.layout;
  return {
    file: displayName(filePath),
    format,
    encoding: null,
    bom: null,
    delimiter: null,
    sheets,
    sheet,
    headerRow: layout?.headerEnd === null || layout?.headerEnd === undefined ? null : layout.headerEnd + 1,
    rowCount: assembler.rowCount,
    columns: assembler.columns(),
  };
}

/** Whether merged cells reach the top of the sheet, where they could shape the header. */
function mergesNearTop(merges: readonly CellRange[], sampleEnd: number): boolean {
  return merges.some((m) => m.startRow <= sampleEnd);
}

/** A sheet read into its row store: rows come back from the store by window. */
class SheetTable implements OpenedTable {
  constructor(
    readonly info: TableInfo,
    private readonly store: RowStore,
    private readonly dataStart: number,
  ) {}

  async readRows(start: number, count: number): Promise<Row[]> {
    const first = Math.max(0, start);
    const last = Math.min(this.info.rowCount, start + count);
    if (last <= first) return [];
    const rows = await this.store.read(this.dataStart + first, last - first);
    return rows.map((row) => fitRow(row, this.info.columns.length));
  }

  async *rows(signal?: AbortSignal): AsyncIterable<Row[]> {
    for (let start = 0; start < this.info.rowCount; start += ROWS_PER_BATCH) {
      if (signal?.aborted) throw new AppError('job.cancelled');
      yield await this.readRows(start, ROWS_PER_BATCH);
    }
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

/** Replays the stored rows through a fresh assembler that knows the merged cells. */
async function assembleFromStore(store: RowStore, options: OpenTableOptions, merges: readonly CellRange[]): Promise<TableAssembler> {
  const assembler = new TableAssembler({ merges, ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }) });
  for (let start = 0; start < store.count; start += REPLAY_BATCH) {
    if (options.signal?.aborted) throw new AppError('job.cancelled');
    const rows = await store.read(start, REPLAY_BATCH);
    rows.forEach((cells, i) => assembler.push(start + i, cells));
  }
  assembler.finish();
  return assembler;
}

/**
 * Opens a sheet of a workbook: lists the sheets, picks one, streams its rows into a row store
 * while finding the header and profiling the columns, and shows the first rows as soon as they
 * are known. Merged cells are only known once the sheet is read; when some sit at the top of
 * the sheet, the table is assembled again from the store with them (a header may span them).
 */
export async function openSheetTable(filePath: string, format: WorkbookFormat, options: OpenTableOptions): Promise<OpenedTable> {
  const workbook: Workbook = await openWorkbook(filePath, format);
  const store = new RowStore();
  try {
    const { summaries, chosen } = await chooseSheet(workbook, options.sheet, options.signal);
    const live = new TableAssembler(options.headerRow === undefined ? {} : { headerRow: options.headerRow });
    const sample: SampleRow[] = [];
    const firstRows: Row[] = [];
    let shown = false;
    const show = (): void => {
      shown = true;
      options.onFirstWindow?.({ info: describe(filePath, workbook.format, summaries, chosen, live), rows: firstRows.map((r) => fitRow(r, live.width)) });
    };
    const result = await workbook.readSheet(
      chosen,
      (rowIndex, cells) => {
        store.put(rowIndex, cells);
        if (sample.length < PREVIEW_ROWS) sample.push({ index: rowIndex, cells });
        for (const row of live.push(rowIndex, cells)) if (firstRows.length < FIRST_WINDOW_ROWS) firstRows.push(row);
        if (!shown && firstRows.length >= FIRST_WINDOW_ROWS) show();
      },
      {
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (fraction) => options.onProgress?.(Math.round(fraction * 1000), 1000),
      },
    );
    store.finish();
    live.finish();
    const sampleEnd = sample[sample.length - 1]?.index ?? 0;
    const assembler = mergesNearTop(result.merges, sampleEnd) ? await assembleFromStore(store, options, result.merges) : live;
    const sheets = summaries.map((s) => (s.name === chosen ? { ...s, rows: result.rowCount, hasTable: looksLikeTable(sample) } : s));
    const info = describe(filePath, workbook.format, sheets, chosen, assembler);
    if (!shown) options.onFirstWindow?.({ info, rows: await new SheetTable(info, store, assembler.layout?.dataStart ?? 0).readRows(0, FIRST_WINDOW_ROWS) });
    return new SheetTable(info, store, assembler.layout?.dataStart ?? 0);
  } catch (error) {
    await store.close();
    throw error;
  } finally {
    await workbook.close();
  }
}
