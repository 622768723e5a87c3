import type { OutboxItemView, OutboxTransition } from '../../shared/publish/outbox-item.js';
import type { AtelierDatabase } from '../db/database.js';
import { appendPublicationEvent, setRemote } from '../history/publication-recorder.js';
import type { PublicationLinks } from './publication-links.js';

/** Steps that come after the file was sent: reaching one means « uploaded ». */
const AFTER_UPLOAD = new Set(['process', 'verify', 'make-public', 'verify-public', 'done']);

/**
 * Turns the outbox's transitions into the history's append-only events (issue 8): uploaded,
 * published (read back), made public, failed — with the portal's page once known. Transitions
 * that arrive before the outbox item is linked to its history record wait for the link.
 */
export class HistoryBridge {
  private readonly pending = new Map<number, OutboxTransition[]>();

  constructor(
    private readonly db: AtelierDatabase,
    private readonly links: PublicationLinks,
    private readonly view: (outboxId: number) => OutboxItemView,
    private readonly changed: (publicationId: number) => void,
  ) {}

  /** The outbox's `onTransition`. */
  readonly onTransition = (transition: OutboxTransition): void => {
    const publicationId = this.links.publicationOf(transition.outboxId);
    if (publicationId === null) {
      const waiting = this.pending.get(transition.outboxId) ?? [];
      waiting.push(transition);
      this.pending.set(transition.outboxId, waiting);
      return;
    }
    this.apply(publicationId, transition);
  };

  /** Links an outbox item to its history record, then applies what arrived before. */
  linked(outboxId: number, publicationId: number): void {
    this.links.link(outboxId, publicationId);
    const waiting = this.pending.get(outboxId) ?? [];
    this.pending.delete(outboxId);
    for (const transition of waiting) this.apply(publicationId, transition);
  }

  private append(publicationId: number, type: Parameters<typeof appendPublicationEvent>[2]['type'], at: string, details: Record<string, string | number | boolean | null> = {}): void {
    appendPublicationEvent(this.db, publicationId, { type, at, details });
  }

  private apply(publicationId: number, transition: OutboxTransition): void {
    const status = this.links.historyStatus(publicationId);
    const { to, at, details } = transition;
    if (to === 'queued' && status !== 'queued' && status !== 'uploaded' && status !== 'published') {
      this.append(publicationId, 'queued', at, { outboxId: transition.outboxId });
    } else if (to === 'running' && status === 'queued' && AFTER_UPLOAD.has(String(details.step))) {
      this.append(publicationId, 'uploaded', at);
    } else if (to === 'private-ready' || to === 'published') {
      if (status === 'queued') this.append(publicationId, 'uploaded', at);
      if (status !== 'published') this.append(publicationId, 'published', at, { visibility: to === 'published' ? 'public' : 'private' });
      const pageUrl = this.view(transition.outboxId).pageUrl;
      if (pageUrl) setRemote(this.db, publicationId, { datasetUrl: pageUrl }, at);
      if (to === 'published') this.append(publicationId, 'made-public', at);
    } else if (to === 'failed' || to === 'cancelled') {
      this.append(publicationId, 'failed', at, to === 'cancelled' ? { reason: 'cancelled' } : { reason: String(details.code ?? 'failed') });
    } else {
      return;
    }
    this.changed(publicationId);
  }
}
