import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftProgress, DraftView } from '../../../shared/api/decisions-api.js';
import type { DraftContent } from '../../../shared/decisions/draft-content.js';
import type { AppErrorPayload, Result } from '../../../shared/api/result.js';
import { api } from '../../api/api.js';
import { predictedDraft } from './predicted-draft.js';

/** The draft being worked on, as main last saved it, and what went wrong last. */
export interface DraftSession {
  draft: DraftView | null;
  error: AppErrorPayload | null;
  /**
   * Runs a change that answers with the saved draft; true when it succeeded. With `predict` (the
   * same pure change main applies), the draft shows the change at once.
   */
  change(call: (draftId: string) => Promise<Result<DraftView>>, predict?: (content: DraftContent) => DraftContent): Promise<boolean>;
  /** Takes a draft another step saved (the description form, a pre-flight run). */
  accept(draft: DraftView): void;
  /** Reads the draft again from main (after a pre-flight or an export changed it there). */
  reload(): Promise<void>;
  showError(error: AppErrorPayload | null): void;
}

/**
 * Follows one draft: main saves it on each change and answers with the whole draft, so the
 * screen shows what is on disk, plus the changes sent and not yet answered (predicted with the
 * same pure functions main applies). An answer older than the one held (by revision) is dropped,
 * so two quick changes cannot show their results out of order.
 */
export function useDraft(draftId: string): DraftSession {
  const [draft, setDraft] = useState<DraftView | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const saved = useRef<DraftView | null>(null);
  const pending = useRef<{ predict: (content: DraftContent) => DraftContent }[]>([]);

  const show = useCallback(() => {
    const base = saved.current;
    setDraft(base ? pending.current.reduce((view, change) => predictedDraft(view, change.predict), base) : null);
  }, []);

  const accept = useCallback(
    (next: DraftView) => {
      const held = saved.current;
      if (held && held.draftId === next.draftId && held.revision > next.revision) return;
      saved.current = next;
      show();
    },
    [show],
  );

  useEffect(() => {
    let current = true;
    void api['drafts:get']({ draftId }).then((result) => {
      if (!current) return;
      if (result.ok) accept(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [draftId, accept]);

  const change = useCallback(
    async (call: (id: string) => Promise<Result<DraftView>>, predict?: (content: DraftContent) => DraftContent) => {
      const entry = predict ? { predict } : null;
      if (entry) {
        pending.current = [...pending.current, entry];
        show();
      }
      const result = await call(draftId);
      if (entry) pending.current = pending.current.filter((each) => each !== entry);
      if (!result.ok) {
        setError(result.error);
        // What was shown in advance did not happen: show what main holds.
        show();
        return false;
      }
      setError(null);
      accept(result.value);
      return true;
    },
    [draftId, accept, show],
  );

  const reload = useCallback(async () => {
    const result = await api['drafts:get']({ draftId });
    if (result.ok) accept(result.value);
    else setError(result.error);
  }, [draftId, accept]);

  return { draft, error, change, accept, reload, showError: setError };
}

/** The latest progress main reported for this draft (scan, writing, reading back), or null. */
export function useDraftProgress(draftId: string): [DraftProgress | null, (progress: DraftProgress | null) => void] {
  const [progress, setProgress] = useState<DraftProgress | null>(null);
  useEffect(
    () =>
      api.on('drafts:progress', (event) => {
        if (event.draftId === draftId) setProgress(event);
      }),
    [draftId],
  );
  return [progress, setProgress];
}

/** A progress as a whole percentage, or null when its total is not known yet. */
export function progressPercent(progress: DraftProgress | null): number | null {
  if (!progress || progress.total <= 0) return null;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}
