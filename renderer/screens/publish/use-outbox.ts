import { useCallback, useEffect, useState } from 'react';
import type { AppErrorPayload, Result } from '../../../shared/api/result.js';
import type { OutboxItemView } from '../../../shared/publish/outbox-item.js';
import { api } from '../../api/api.js';

/** How often the list is read again while a publication is being sent. */
const RUNNING_REFRESH_MS = 1000;

/** What the clerk can do to a publication from the list. */
export type OutboxAction = 'cancel' | 'make-public' | 'retry' | 'network-back';

/** The outbox as main holds it, kept up to date, and the clerk's actions on it. */
export interface OutboxSession {
  /** Newest first; null until main answered. */
  items: OutboxItemView[] | null;
  error: AppErrorPayload | null;
  act(action: OutboxAction, outboxId: number): Promise<void>;
  /** Takes an item main just answered (a publication started here). */
  accept(item: OutboxItemView): void;
}

function upsert(items: OutboxItemView[] | null, item: OutboxItemView): OutboxItemView[] {
  const others = (items ?? []).filter((each) => each.outboxId !== item.outboxId);
  // An event older than what is held (by its update time) is dropped: events and answers cross.
  const held = items?.find((each) => each.outboxId === item.outboxId);
  if (held && held.updatedAt > item.updatedAt) return items ?? [];
  return [item, ...others].sort((a, b) => b.outboxId - a.outboxId);
}

/**
 * Follows the outbox: `publish:list` once, then every `publish:item-changed` (status, step, bytes
 * sent), and the list again every second while a publication is being sent. When the browser says the network is back (`online`), main is asked to probe the
 * publications waiting for it at once rather than at their next scheduled attempt.
 */
export function useOutbox(): OutboxSession {
  const [items, setItems] = useState<OutboxItemView[] | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  const accept = useCallback((item: OutboxItemView) => setItems((previous) => upsert(previous, item)), []);

  useEffect(() => {
    let current = true;
    const off = api.on('publish:item-changed', accept);
    void api['publish:list']({}).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error);
      // Events that arrived while the list was on its way are newer than it.
      setItems((previous) => result.value.reduce<OutboxItemView[] | null>((list, item) => upsert(list, item), previous ?? []));
    });
    const online = () => void api['publish:network-back']({});
    window.addEventListener('online', online);
    return () => {
      current = false;
      off();
      window.removeEventListener('online', online);
    };
  }, [accept]);

  // Progress events are throttled without a last report: an upload that stands still (a portal
  // that stopped reading) would show its first bytes only. While one runs, the list is read again.
  const running = (items ?? []).some((item) => item.status === 'running');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void api['publish:list']({}).then((result) => {
        if (result.ok) setItems((previous) => result.value.reduce<OutboxItemView[] | null>((list, item) => upsert(list, item), previous));
      });
    }, RUNNING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [running]);

  const act = useCallback(
    async (action: OutboxAction, outboxId: number) => {
      setError(null);
      if (action === 'network-back') {
        const result = await api['publish:network-back']({});
        if (!result.ok) setError(result.error);
        return;
      }
      const call: Record<Exclude<OutboxAction, 'network-back'>, (request: { outboxId: number }) => Promise<Result<OutboxItemView>>> = {
        'cancel': api['publish:cancel'],
        'make-public': api['publish:make-public'],
        'retry': api['publish:retry'],
      };
      const result = await call[action]({ outboxId });
      if (result.ok) accept(result.value);
      else setError(result.error);
    },
    [accept],
  );

  return { items, error, act, accept };
}
