import type { RowWindow } from '../../shared/api/files-api.js';
import type { Row } from '../../shared/table/cell.js';
import type { OpenedTable } from '../files/open-table.js';

// Source rows closer than this are read as one stretch. A CSV row read alone costs a block read,
// its decoding and a scan to the row (about 2 ms for a 512 KB block); the rows of a stretch cost
// about 6 µs each: a gap of 256 rows costs less than a second read. Workbook rows are cheaper
// still, read alone or not.
const MAX_GAP = 256;

/**
 * A window of a view: positions `start`…`start + count` of `order` (data-row numbers in view
 * order), read from the table in as few stretches as possible, with each row's number in the file.
 */
export async function readViewRows(table: OpenedTable, order: Uint32Array, start: number, count: number): Promise<RowWindow> {
  const rowNumbers = Array.from(order.subarray(Math.min(start, order.length), Math.min(start + count, order.length)));
  const wanted = [...new Set(rowNumbers)].sort((a, b) => a - b);
  const found = new Map<number, Row>();
  let index = 0;
  while (index < wanted.length) {
    const first = wanted[index] ?? 0;
    let last = first;
    while (index + 1 < wanted.length && (wanted[index + 1] ?? 0) - last <= MAX_GAP) last = wanted[++index] ?? last;
    index++;
    const stretch = await table.readRows(first, last - first + 1);
    stretch.forEach((row, offset) => found.set(first + offset, row));
  }
  return { start, rows: rowNumbers.map((number) => found.get(number) ?? []), rowNumbers };
}
