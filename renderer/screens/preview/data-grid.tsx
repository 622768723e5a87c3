import type { ColumnDef } from '@tanstack/react-table';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { ColumnProfile, TableSort } from '../../../shared/api/files-api.js';
import type { Cell } from '../../../shared/table/cell.js';
import { useI18n } from '../../i18n/i18n.js';
import type { TableView } from './use-table.js';

const ROW_HEIGHT = 30;

/** A cell as text for the preview: numbers in the clerk's locale, dates as written. */
function cellText(cell: Cell | undefined, numbers: (value: number) => string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return numbers(cell);
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  return cell;
}

/** A column as wide as its name or its common values need, within bounds. */
function columnWidth(column: ColumnProfile): number {
  const longest = Math.max(column.name.length, ...column.top.map((entry) => entry.value.length));
  return Math.min(340, Math.max(90, longest * 8 + 28));
}

interface DataGridProps {
  name: string;
  columns: ColumnProfile[];
  rowCount: number;
  view: TableView;
  selectedColumn: number | null;
  onSelectColumn: (index: number) => void;
  /** Row indexes to highlight (e.g. the cells of a finding). */
  highlightedRows?: ReadonlySet<number>;
  highlightedColumn?: number | null;
  /** A row (and column) to bring into view; a new object each time, so the same cell can be asked for again. */
  scrollTo?: { row: number; column?: number } | null;
  /** The order asked of the whole table; with `onSort`, each header gets a sort toggle. */
  sort?: TableSort | null;
  /** Cycles a column through ascending, descending and file order. */
  onSort?: (column: number) => void;
}

// The sort mark is drawn, not written, so a header's text stays the column's name alone.
const SORT_MARK = {
  ascending: 'M1 9 L5 2 L9 9 Z',
  descending: 'M1 2 L5 9 L9 2 Z',
  none: 'M2 4 L5 0.5 L8 4 Z M2 6 L5 9.5 L8 6 Z',
} as const;

/**
 * The virtualised table: only the rows in view (plus a margin) are rendered, and their pages
 * are fetched from main on demand, so a million rows scroll as smoothly as a hundred.
 */
export function DataGrid({ name, columns, rowCount, view, selectedColumn, onSelectColumn, highlightedRows, highlightedColumn, scrollTo, sort, onSort }: DataGridProps) {
  const { t, number } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const columnDefs = useMemo<ColumnDef<number>[]>(
    () => [
      {
        id: '#',
        header: '#',
        size: 70,
        // The row's number in the file, which a sort or filter no longer matches its position.
        cell: (info) => {
          const source = view.rowNumberAt(info.row.original);
          return source === undefined ? '' : number(source + 1);
        },
      },
      ...columns.map<ColumnDef<number>>((column) => ({
        id: String(column.index),
        header: column.name,
        size: columnWidth(column),
        cell: (info) => cellText(view.rowAt(info.row.original)?.[column.index], number),
      })),
    ],
    // view.version changes when a page of rows arrives: the cells must read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, view.rowAt, view.rowNumberAt, view.version, number],
  );
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  useEffect(() => {
    if (!scrollTo) return;
    if (scrollTo.row < rowCount) virtualizer.scrollToIndex(scrollTo.row, { align: 'center' });
    if (scrollTo.column !== undefined) {
      scroller.current?.querySelector(`[data-column-index="${scrollTo.column}"]`)?.scrollIntoView({ block: 'nearest', inline: 'center' });
    }
  }, [scrollTo, rowCount, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const indexes = useMemo(() => items.map((item) => item.index), [items]);
  const table = useReactTable({ data: indexes, columns: columnDefs, getCoreRowModel: getCoreRowModel() });
  const width = table.getTotalSize();

  return (
    <div
      className="grid-scroller"
      ref={scroller}
      role="grid"
      aria-label={t('preview.table.label', { name })}
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length + 1}
      tabIndex={0}
    >
      <div className="grid-header" role="row" style={{ width }}>
        {table.getHeaderGroups()[0]?.headers.map((header) => {
          const index = header.column.id === '#' ? null : Number(header.column.id);
          const direction = sort && sort.column === index ? sort.direction : 'none';
          const title = String(flexRender(header.column.columnDef.header, header.getContext()));
          return (
            <div
              role="columnheader"
              key={header.id}
              className="grid-cell grid-head"
              style={{ width: header.getSize(), display: 'flex' }}
              data-column-index={index ?? undefined}
              aria-sort={index === null || !onSort ? undefined : direction}
            >
              {index === null ? '#' : (
                <>
                <button
                  type="button"
                  className={index === selectedColumn ? 'column-button selected' : 'column-button'}
                  aria-pressed={index === selectedColumn}
                  onClick={() => onSelectColumn(index)}
                  title={title}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </button>
                {onSort && (
                  <button
                    type="button"
                    className="sort-button"
                    style={{ border: 'none', background: 'transparent', padding: '0 0.3rem', flexShrink: 0 }}
                    // The name leaves out the column's, which the header around it already gives.
                    aria-label={t('preview.sort')}
                    title={direction === 'none' ? t('preview.sort.by', { name: title }) : t(`preview.sort.${direction}`)}
                    onClick={() => onSort(index)}
                  >
                    <svg aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" fill="currentColor">
                      <path d={SORT_MARK[direction]} />
                    </svg>
                  </button>
                )}
                </>
              )}
            </div>
          );
        })}
      </div>
      <div className="grid-body" style={{ height: virtualizer.getTotalSize(), width }}>
        {table.getRowModel().rows.map((row, i) => {
          const item = items[i];
          if (!item) return null;
          const loaded = view.rowAt(row.original) !== undefined;
          return (
            <div
              role="row"
              aria-rowindex={row.original + 2}
              key={item.key}
              className={highlightedRows?.has(row.original) ? 'grid-row highlighted' : 'grid-row'}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              {row.getVisibleCells().map((cell) => (
                <div
                  role={cell.column.id === '#' ? 'rowheader' : 'gridcell'}
                  key={cell.id}
                  className={`grid-cell${cell.column.id === '#' ? ' grid-rownum' : ''}${
                    highlightedColumn !== null && highlightedColumn !== undefined && cell.column.id === String(highlightedColumn) && highlightedRows?.has(row.original) ? ' hit' : ''
                  }`}
                  style={{ width: cell.column.getSize() }}
                >
                  {loaded || cell.column.id === '#' ? flexRender(cell.column.columnDef.cell, cell.getContext()) : t('preview.loadingRows')}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
