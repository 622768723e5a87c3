import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableInfo, TableState } from '../../../shared/api/files-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { Row } from '../../../shared/table/cell.js';
import { api } from '../../api/api.js';

/** Rows are fetched from main in pages of this size. */
export const PAGE_SIZE = 100;

/** What the preview knows of the table being shown. */
export interface TableView {
  status: TableState['status'];
  info: TableInfo | null;
  progress: { done: number; total: number } | null;
  error: AppErrorPayload | null;
  /** A row if its page is loaded, else undefined (and its page is requested). */
  rowAt(index: number): Row | undefined;
  /** Bumped each time a page arrives, so the table re-renders. */
  version: number;
  cancel(): void;
}

/**
 * Follows one table held by main: its first window (before the pass ends), the progress of the
 * pass, its final profile, and the pages of rows the scroll position needs. The renderer never
 * holds the whole table, only the pages it has seen recently.
 */
export function useTable(state: TableState): TableView {
  const [status, setStatus] = useState(state.status);
  const [info, setInfo] = useState<TableInfo | null>(state.info);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(state.error);
  const [version, setVersion] = useState(0);
  const pages = useRef(new Map<number, Row[]>());
  const requested = useRef(new Set<number>());
  const preview = useRef<Row[]>([]);
  const ready = status === 'ready';

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

  const rowAt = useCallback(
    (index: number): Row | undefined => {
      const page = Math.floor(index / PAGE_SIZE);
      const loaded = pages.current.get(page);
      if (loaded) return loaded[index - page * PAGE_SIZE];
      if (!ready) return preview.current[index];
      if (!requested.current.has(page)) {
        requested.current.add(page);
        void api['table:rows']({ tableId: state.tableId, start: page * PAGE_SIZE, count: PAGE_SIZE }).then((result) => {
          requested.current.delete(page);
          if (!result.ok) return setError(result.error);
          if (pages.current.size > 200) pages.current.clear();
          pages.current.set(page, result.value.rows);
          setVersion((v) => v + 1);
        });
      }
      return undefined;
    },
    [ready, state.tableId],
  );

  const cancel = useCallback(() => void api['jobs:cancel']({ jobId: state.jobId }), [state.jobId]);

  return { status, info, progress, error, rowAt, version, cancel };
}
