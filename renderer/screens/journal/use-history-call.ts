import { useEffect, useState } from 'react';
import type { AppErrorPayload, Result } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';

/** What a call to the history gave: nothing yet, its value, or its error. */
export interface HistoryAnswer<T> {
  value: T | null;
  error: AppErrorPayload | null;
  loading: boolean;
}

/**
 * A counter that moves each time main says the history changed (a publication recorded, its story
 * moved on), so that what the journal shows follows without the clerk reloading.
 */
export function useHistoryRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => api.on('history:changed', () => setRevision((n) => n + 1)), []);
  return revision;
}

/**
 * Calls the history each time `key` changes (a new query, a new publication) and keeps the last
 * answer; an answer that arrives after a newer call was made is dropped, so a slow search never
 * overwrites a quicker, later one. The previous value stays shown while the next one loads.
 */
export function useHistoryCall<T>(key: string, call: () => Promise<Result<T>>): HistoryAnswer<T> {
  const [answer, setAnswer] = useState<{ key: string | null; value: T | null; error: AppErrorPayload | null }>({ key: null, value: null, error: null });
  useEffect(() => {
    let current = true;
    void call().then((result) => {
      if (!current) return;
      setAnswer(result.ok ? { key, value: result.value, error: null } : { key, value: null, error: result.error });
    });
    return () => {
      current = false;
    };
    // `key` names everything `call` depends on; the function itself is new at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { value: answer.value, error: answer.error, loading: answer.key !== key };
}
