import type { AppErrorPayload } from '../api/result.js';
import type { OutboxStatus, PublicationStep } from './outbox-state.js';

/** A publication in the outbox, as the « Publications » screen shows it. */
export interface OutboxItemView {
  outboxId: number;
  publicationKey: string;
  version: number;
  profileId: number;
  title: string;
  status: OutboxStatus;
  step: PublicationStep;
  /** Transient failures in a row so far. */
  attempt: number;
  /** ISO date-time of the next attempt (`retry-wait`, `waiting-network`). */
  nextAttemptAt: string | null;
  /** Bytes of the file sent so far, while uploading. */
  progress: { sent: number; total: number } | null;
  error: AppErrorPayload | null;
  /** The dataset's page on the portal, once known. */
  pageUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A change of status, handed to the history (details never hold a key). */
export interface OutboxTransition {
  outboxId: number;
  publicationKey: string;
  from: OutboxStatus;
  to: OutboxStatus;
  at: string;
  details: Record<string, string | number | boolean | null>;
}
