import { useCallback, useEffect, useState } from 'react';
import type { SchemaCheck } from '../../../shared/api/metadata-api.js';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';

/** The check of the draft against an official schema, as the panel shows it. */
export interface SchemaCheckSession {
  /** The last check main knows of (running or finished), or null before the first. */
  check: SchemaCheck | null;
  /** Rows read so far by the running check, and in all (0 while unknown). */
  progress: { done: number; total: number };
  error: AppErrorPayload | null;
  start(schemaName: string, schemaVersion: string): Promise<void>;
  cancel(): void;
}

/**
 * Follows the check of a draft's vetted table against an official schema, run by main as a job:
 * `metadata:check-schema` starts it, `job:progress` counts the rows, `metadata:schema-checked`
 * says it ended and `metadata:schema-report` gives the report; `job:finished` carries the reason
 * of a failure. A check started before the step was opened is picked up where it stands.
 */
export function useSchemaCheck(draftId: string): SchemaCheckSession {
  const [check, setCheck] = useState<SchemaCheck | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<AppErrorPayload | null>(null);

  const load = useCallback(async () => {
    const result = await api['metadata:schema-report']({ draftId });
    if (result.ok) setCheck(result.value);
    else setError(result.error);
  }, [draftId]);

  useEffect(() => {
    let current = true;
    void api['metadata:schema-report']({ draftId }).then((result) => {
      if (!current) return;
      if (result.ok) setCheck(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [draftId]);

  const jobId = check?.jobId ?? null;
  useEffect(() => {
    const unsubscribe = [
      api.on('job:progress', (progress) => {
        if (progress.jobId === jobId) setProgress({ done: progress.done, total: progress.total });
      }),
      api.on('job:finished', (finished) => {
        if (finished.jobId === jobId && !finished.ok) setError(finished.error);
      }),
      api.on('metadata:schema-checked', (event) => {
        if (event.draftId === draftId) void load();
      }),
    ];
    return () => unsubscribe.forEach((off) => off());
  }, [jobId, draftId, load]);

  const start = useCallback(
    async (schemaName: string, schemaVersion: string) => {
      setError(null);
      setProgress({ done: 0, total: 0 });
      const result = await api['metadata:check-schema']({ draftId, schemaName, schemaVersion });
      if (!result.ok) return setError(result.error);
      setCheck({ draftId, jobId: result.value.jobId, schema: { name: schemaName, version: schemaVersion }, status: 'running', report: null });
      // The check may have ended between the click and the subscription to its end.
      await load();
    },
    [draftId, load],
  );

  const running = check?.status === 'running';
  const cancel = useCallback(() => {
    if (jobId && running) void api['jobs:cancel']({ jobId });
  }, [jobId, running]);

  return { check, progress, error, start, cancel };
}
