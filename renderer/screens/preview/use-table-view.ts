import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableFilter, TableSort, TableViewState } from '../../../shared/api/files-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';

/** The sorted and filtered view of a table, as the preview drives it. */
export interface TableViewControl {
  /** The view the grid shows, once ready; null while the table is shown in file order. */
  shown: TableViewState | null;
  /** The sort the clerk asked for (the header toggles show it even while it is computed). */
  sort: TableSort | null;
  /** The filter the clerk asked for. */
  filter: TableFilter | null;
  /** The job computing the asked view, and how far it has read. */
  computing: { jobId: string; done: number; total: number } | null;
  /** Asks main for another order and filter over the whole table (both null: file order). */
  apply(sort: TableSort | null, filter: TableFilter | null): void;
  /** Stops computing; the grid keeps the order it showed. */
  cancel(): void;
}

/**
 * Asks main to sort and filter the whole table as a job, follows its progress, and switches
 * the grid to the view once it is ready. A cancelled or failed view leaves the previous one shown.
 */
export function useTableView(tableId: string, onError: (error: AppErrorPayload) => void): TableViewControl {
  const [shown, setShown] = useState<TableViewState | null>(null);
  const [asked, setAsked] = useState<{ sort: TableSort | null; filter: TableFilter | null }>({ sort: null, filter: null });
  const [computing, setComputing] = useState<TableViewControl['computing']>(null);
  const pending = useRef<TableViewState | null>(null);
  const shownRef = useRef<TableViewState | null>(null);

  const settle = useCallback(
    (view: TableViewState) => {
      if (pending.current?.viewId !== view.viewId || view.status === 'computing') return;
      pending.current = null;
      setComputing(null);
      if (view.status === 'ready') {
        shownRef.current = view;
        setShown(view);
        return;
      }
      // Back to what the grid still shows.
      setAsked({ sort: shownRef.current?.sort ?? null, filter: shownRef.current?.filter ?? null });
      if (view.error && view.error.code !== 'job.cancelled') onError(view.error);
    },
    [onError],
  );

  const refresh = useCallback(
    (viewId: string) =>
      void api['table:view-state']({ viewId }).then((result) => {
        if (result.ok) settle(result.value);
        else if (pending.current?.viewId === viewId) onError(result.error);
      }),
    [settle, onError],
  );

  useEffect(() => {
    const offs = [
      api.on('table:view-changed', (event) => {
        if (event.tableId === tableId && event.viewId === pending.current?.viewId) refresh(event.viewId);
      }),
      api.on('job:progress', (event) => {
        if (event.jobId === pending.current?.jobId) setComputing({ jobId: event.jobId, done: event.done, total: event.total });
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [tableId, refresh]);

  const apply = useCallback(
    (sort: TableSort | null, filter: TableFilter | null) => {
      setAsked({ sort, filter });
      void api['table:set-view']({ tableId, sort, filter }).then((result) => {
        if (!result.ok) {
          setAsked({ sort: shownRef.current?.sort ?? null, filter: shownRef.current?.filter ?? null });
          return onError(result.error);
        }
        const view = result.value;
        pending.current = view;
        if (view === null) {
          setComputing(null);
          shownRef.current = null;
          setShown(null);
          return;
        }
        setComputing({ jobId: view.jobId, done: 0, total: 0 });
        // The view may already be ready when the answer arrives.
        refresh(view.viewId);
      });
    },
    [tableId, onError, refresh],
  );

  const cancel = useCallback(() => {
    if (pending.current) void api['jobs:cancel']({ jobId: pending.current.jobId });
  }, []);

  return { shown, sort: asked.sort, filter: asked.filter, computing, apply, cancel };
}
