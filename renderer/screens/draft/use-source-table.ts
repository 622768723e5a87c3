import { useEffect, useState } from 'react';
import type { ReadOptions, TableState } from '../../../shared/api/files-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';

/** The draft's source table opened in main, or why it could not be. */
export interface SourceTable {
  table: TableState | null;
  error: AppErrorPayload | null;
}

/**
 * Opens the draft's source file with the draft's read options, for the preview, the highlighting
 * of findings and the before/after table; closes it when the workspace goes or the options change.
 * `fileId` is null when the source is no longer where it was: nothing is opened.
 */
export function useSourceTable(fileId: string | null, readOptions: ReadOptions | null): SourceTable {
  const [state, setState] = useState<SourceTable & { key: string | null }>({ table: null, error: null, key: null });
  const optionsKey = readOptions ? JSON.stringify(readOptions) : null;
  const key = fileId && optionsKey ? `${fileId}|${optionsKey}` : null;

  useEffect(() => {
    if (!fileId || !optionsKey) return;
    let current = true;
    let opened: string | null = null;
    const options = JSON.parse(optionsKey) as ReadOptions;
    void api['table:open']({ fileId, options }).then((result) => {
      if (!result.ok) {
        if (current) setState({ table: null, error: result.error, key: `${fileId}|${optionsKey}` });
        return;
      }
      opened = result.value.tableId;
      if (current) setState({ table: result.value, error: null, key: `${fileId}|${optionsKey}` });
      else void api['table:close']({ tableId: opened });
    });
    return () => {
      current = false;
      if (opened) void api['table:close']({ tableId: opened });
    };
  }, [fileId, optionsKey]);

  // A table opened for other options is never shown for these.
  return state.key === key ? { table: state.table, error: state.error } : { table: null, error: null };
}
