import { useEffect, useRef, useState } from 'react';
import type { DraftView } from '../../../shared/api/decisions-api.js';
import { api } from '../../api/api.js';
import type { DraftSession } from './use-draft.js';

/** Where the scan of the draft's source stands. */
export type ScanStatus = 'idle' | 'running' | 'cancelled' | 'failed';

/** The scan of a draft, and how to run it again. */
export interface DraftScan {
  status: ScanStatus;
  /** Scans the source again (after a cancel, a failure, new read options, or on request). */
  rescan(): void;
  cancel(): void;
}

/**
 * Scans the draft's source when the draft has not been scanned yet — just created, or created in
 * a session that closed before its scan ended — and each time `rescan` is called. The scan runs
 * in main (a worker thread); its progress arrives as `drafts:progress` events.
 */
export function useDraftScan(draft: DraftView | null, session: Pick<DraftSession, 'accept' | 'showError'>): DraftScan {
  // Bumped by each rescan; an outcome recorded for an older request no longer counts.
  const [request, setRequest] = useState(0);
  const [outcome, setOutcome] = useState<{ request: number; status: 'done' | 'cancelled' | 'failed' } | null>(null);
  const inFlight = useRef<number | null>(null);
  const draftId = draft?.draftId ?? null;
  const unscanned = draft !== null && draft.columns.length === 0 && draft.fileId !== null;
  const settled = outcome?.request === request;
  const wanted = draftId !== null && (request > 0 || unscanned) && !settled;
  const { accept, showError } = session;

  useEffect(() => {
    if (!wanted || !draftId || inFlight.current === request) return;
    inFlight.current = request;
    void api['drafts:scan']({ draftId }).then((result) => {
      inFlight.current = null;
      if (result.ok) {
        accept(result.value);
        setOutcome({ request, status: 'done' });
        return;
      }
      const cancelled = result.error.code === 'job.cancelled';
      setOutcome({ request, status: cancelled ? 'cancelled' : 'failed' });
      if (!cancelled) showError(result.error);
    });
  }, [wanted, draftId, request, accept, showError]);

  const status: ScanStatus = wanted ? 'running' : outcome && settled && outcome.status !== 'done' ? outcome.status : 'idle';
  return {
    status,
    rescan: () => setRequest((n) => n + 1),
    cancel: () => {
      if (draftId) void api['export:cancel']({ draftId });
    },
  };
}
