import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableInfo, TableState } from '../../../shared/api/files-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { Row } from '../../../shared/table/cell.js';
import { api } from '../../api/api.js';
import type { TableViewControl } from './use-table-view.js';
import { useTableView } from './use-table-view.js';

/** Rows are fetched from main in pages of this size. */
export const PAGE_SIZE = 100;

/** A page of rows and, for each, its 0-based data-row number in the file. */
interface Page {
  rows: Row[];
  rowNumbers: number[];
}

/** What the preview knows of the table being shown. */
export interface TableView {
  status: TableState['status'];
  info: TableInfo | null;
  progress: { done: number; total: number } | null;
  error: AppErrorPayload | null;
  /** A row (in the order shown) if its page is loaded, else undefined (and its page is requested). */
  rowAt(index: number): Row | undefined;
  /** The 0-based data-row number in the file of the row shown at `index`, once its page is loaded. */
  rowNumberAt(index: number): number | undefined;
  /** Rows shown: the whole table, or the rows a filter kept. */
  rowCount: number;
  /** Bumped each time a page arrives, so the table re-renders. */
  version: number;
  cancel(): void;
  /** The sort and filter of the whole table, computed in main as a job. */
  sortFilter: TableViewControl;
}

/**
 * Follows one table held by main: its first window (before the pass ends), the progress of the
 * pass, its final profile, and the pages of rows the scroll position needs — in file order, or
 * through the sorted and filtered view main computed. The renderer never holds the whole table,
 * only the pages it has seen recently.
 */
export function useTable(state: TableState): TableView {
  const [status, setStatus] = useState(state.status);
  const [info, setInfo] = useState<TableInfo | null>(state.info);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(state.error);
  const [version, setVersion] = useState(0);
  const pages = useRef(new Map<number, Page>());
  const requested = useRef(new Set<number>());
  /** The view the cached pages belong to (undefined: file order). */
  const pagesOf = useRef<string | undefined>(undefined);
  const preview = useRef<Row[]>([]);
  const ready = status === 'ready';
  const sortFilter = useTableView(state.tableId, setError);
  const viewId = sortFilter.shown?.viewId;

  useEffect(() => {
    const { tableId, jobId } = state;
    const offs = [
      api.on('table:preview', (event) => {
        if (event.tableId !== tableId) return;
        preview.current = event.rows;
        setInfo(event.info);
        setVersion((v) => v + 1);
      }),
      api.on('job:progress', (event) => {
        if (event.jobId === jobId) setProgress({ done: event.done, total: event.total });
      }),
      api.on('table:changed', (event) => {
        if (event.tableId !== tableId) return;
        void api['table:state']({ tableId }).then((result) => {
          if (!result.ok) return setError(result.error);
          setStatus(result.value.status);
          setInfo(result.value.info);
          setError(result.value.error);
        });
      }),
    ];
    // The table may have moved on before we subscribed.
    void api['table:state']({ tableId }).then((result) => {
      if (!result.ok) return;
      setStatus(result.value.status);
      if (result.value.info) setInfo(result.value.info);
      setError(result.value.error);
    });
    return () => offs.forEach((off) => off());
  }, [state]);

  const pageOf = useCallback(
    (index: number): Page | undefined => {
      // Another order or filter: the pages seen so far belong to the previous one.
      if (pagesOf.current !== viewId) {
        pages.current.clear();
        requested.current.clear();
        pagesOf.current = viewId;
      }
      const page = Math.floor(index / PAGE_SIZE);
      const loaded = pages.current.get(page);
      if (loaded || !ready || requested.current.has(page)) return loaded;
      requested.current.add(page);
      const request = { tableId: state.tableId, start: page * PAGE_SIZE, count: PAGE_SIZE };
      void api['table:rows'](viewId === undefined ? request : { ...request, viewId }).then((result) => {
        // An answer for an order the clerk has since left is dropped.
        if (pagesOf.current !== viewId || !requested.current.delete(page)) return;
        if (!result.ok) return setError(result.error);
        if (pages.current.size > 200) pages.current.clear();
        pages.current.set(page, { rows: result.value.rows, rowNumbers: result.value.rowNumbers });
        setVersion((v) => v + 1);
      });
      return undefined;
    },
    [ready, state.tableId, viewId],
  );

  const rowAt = useCallback(
    (index: number): Row | undefined => {
      if (!ready && viewId === undefined) return preview.current[index];
      return pageOf(index)?.rows[index % PAGE_SIZE];
    },
    [pageOf, ready, viewId],
  );

  const rowNumberAt = useCallback(
    (index: number): number | undefined => (viewId === undefined ? index : pageOf(index)?.rowNumbers[index % PAGE_SIZE]),
    [pageOf, viewId],
  );

  const cancel = useCallback(() => void api['jobs:cancel']({ jobId: state.jobId }), [state.jobId]);
  const rowCount = sortFilter.shown?.rowCount ?? info?.rowCount ?? 0;

  return { status, info, progress, error, rowAt, rowNumberAt, rowCount, version, cancel, sortFilter };
}
