import type { ErrorCode } from '../../../shared/errors.js';
import type { OutboxItemView } from '../../../shared/publish/outbox-item.js';
import type { OutboxRow } from './outbox-repository.js';

/** A row as the renderer sees it: no file path, no request body, dates as ISO strings. */
export function toView(row: OutboxRow, progress: { sent: number; total: number } | null): OutboxItemView {
  return {
    outboxId: row.id,
    publicationKey: row.publicationKey,
    version: row.version,
    profileId: row.profileId,
    title: row.title,
    status: row.status,
    step: row.step,
    attempt: row.attempt,
    nextAttemptAt: row.nextAttemptAt === null ? null : new Date(row.nextAttemptAt).toISOString(),
    progress: progress ? { sent: progress.sent, total: progress.total } : null,
    error: row.errorCode ? { code: row.errorCode as ErrorCode, details: row.errorDetails ?? {} } : null,
    pageUrl: row.pageUrl,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
