import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { TableFilter, TableSort } from '../../shared/api/files-api.js';
import { AppError } from '../../shared/errors.js';
import type { OpenedTable } from '../files/open-table.js';
import { sortKeyOf, sortModeOf } from './cell-sort-key.js';
import { rowMatcher } from './row-matcher.js';

/** What a view asks of the whole table. */
export interface ViewSpec {
  sort: TableSort | null;
  filter: TableFilter | null;
}

// Key ranks: typed values first, then cells that did not read as the column's type (as text),
// then empty cells — last in both directions, as the clerk expects.
const TYPED = 0;
const TEXT = 1;
const EMPTY = 2;

/**
 * The sort keys of the kept rows, one slot per kept row: a rank, a number for typed values and
 * an index into the distinct texts, so no row is held whole (about 13 bytes a row).
 */
class SortKeys {
  readonly rank: Uint8Array;
  readonly value: Float64Array;
  readonly textId: Uint32Array;
  private readonly ids = new Map<string, number>();

  constructor(capacity: number) {
    this.rank = new Uint8Array(capacity);
    this.value = new Float64Array(capacity);
    this.textId = new Uint32Array(capacity);
  }

  set(slot: number, key: number | string | null): void {
    if (key === null) this.rank[slot] = EMPTY;
    else if (typeof key === 'number') {
      this.rank[slot] = TYPED;
      this.value[slot] = key;
    } else {
      this.rank[slot] = TEXT;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      this.textId[slot] = id;
    }
  }

  /**
   * The collation order of each distinct text. Sorting the distinct texts once with the French
   * collator, then rows by these ranks, is far cheaper than collating at every row comparison.
   */
  textOrder(): Uint32Array {
    const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
    const texts = [...this.ids.keys()];
    const byText = texts.map((_, id) => id).sort((a, b) => collator.compare(texts[a] ?? '', texts[b] ?? '') || a - b);
    const order = new Uint32Array(texts.length);
    byText.forEach((id, position) => (order[id] = position));
    this.ids.clear();
    return order;
  }
}

/**
 * Reads the whole table once and returns the data-row numbers of the view, in view order: the
 * rows passing the filter, sorted (stably, by file order on ties) when a sort is asked. Throws
 * `job.cancelled` when `signal` aborts; reports rows read against the table's row count.
 */
export async function computeViewOrder(
  table: OpenedTable,
  spec: ViewSpec,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<Uint32Array> {
  const total = table.info.rowCount;
  const keep = spec.filter ? rowMatcher(spec.filter) : () => true;
  const sort = spec.sort;
  const mode = sort ? sortModeOf(table.info.columns.find((column) => column.index === sort.column)?.type) : 'text';
  const keys = sort ? new SortKeys(total) : null;
  const rowNumbers = new Uint32Array(total);
  let kept = 0;
  let row = 0;
  for await (const batch of table.rows(signal)) {
    for (const cells of batch) {
      // The reader serves exactly the rows its first pass counted; the bound keeps the arrays safe.
      if (row < total && keep(cells)) {
        rowNumbers[kept] = row;
        keys?.set(kept, sortKeyOf(cells[sort?.column ?? 0] ?? null, mode));
        kept++;
      }
      row++;
    }
    onProgress(Math.min(row, total), total);
    // Let a cancel message in, even when the rows come from memory (workbooks).
    await yieldToEvents();
    if (signal.aborted) throw new AppError('job.cancelled');
  }
  if (!sort || !keys) return rowNumbers.slice(0, kept);
  const texts = keys.textOrder();
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { rank, value, textId } = keys;
  const slots = new Uint32Array(kept).map((_, index) => index);
  slots.sort((a, b) => {
    const rankA = rank[a] ?? EMPTY;
    const rankB = rank[b] ?? EMPTY;
    if (rankA !== rankB) return rankA - rankB;
    let byValue = 0;
    if (rankA === TYPED) byValue = (value[a] ?? 0) - (value[b] ?? 0);
    else if (rankA === TEXT) byValue = (texts[textId[a] ?? 0] ?? 0) - (texts[textId[b] ?? 0] ?? 0);
    return byValue * sign || a - b;
  });
  return slots.map((slot) => rowNumbers[slot] ?? 0);
}

