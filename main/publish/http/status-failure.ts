import type { ErrorDetails } from '../../../shared/api/result.js';
import { parseRetryAfter } from '../../../shared/publish/retry-policy.js';
import type { HttpAnswer } from './http-transport.js';
import { PortalError, clip } from './portal-error.js';

/** What an engine could read from an error body. */
export interface ReadError {
  /** The portal's message, if any. */
  message: string | null;
  /** Field → messages, from a validation error. */
  fields: Record<string, string[]>;
}

/** Joins field messages as « title : This field is required. ; name : … » for the clerk. */
export function formatFieldMessages(fields: Record<string, string[]>): string {
  return clip(
    Object.entries(fields)
      .map(([field, messages]) => `${field}\u00a0: ${messages.join(' ')}`)
      .join(' ; '),
    600,
  );
}

/**
 * Turns a non-success answer into the outbox's terms: which code the clerk reads, and whether to
 * retry (429, 5xx, 408), wait or stop. Engine specifics (CKAN's 403 for a bad token, udata's
 * 415, Opendatasoft's `invalid_dataset_status`) are handled by the adapter before this.
 */
export function failureFromAnswer(answer: HttpAnswer, read: ReadError, context: ErrorDetails = {}): PortalError {
  const status = answer.status;
  const retryAfterMs = parseRetryAfter(answer.headers['retry-after'] as string | undefined, Date.now());
  const message = read.message ? clip(read.message) : null;
  const details: ErrorDetails = { ...context, status, ...(message ? { message } : {}) };
  if (Object.keys(read.fields).length > 0) details.fields = formatFieldMessages(read.fields);
  if (status === 401) return new PortalError('publish.bad-key', 'permanent', details);
  if (status === 403) return new PortalError('publish.forbidden', 'permanent', details);
  if (status === 404 || status === 410) return new PortalError('publish.not-found', 'permanent', details);
  if (status === 408) return new PortalError('publish.timeout', 'transient', details, { retryAfterMs });
  if (status === 413) return new PortalError('publish.too-large', 'permanent', details);
  if (status === 429) return new PortalError('publish.rate-limited', 'transient', details, { retryAfterMs });
  if (status >= 500) return new PortalError('publish.portal-unavailable', 'transient', details, { retryAfterMs });
  if (status === 400 || status === 409 || status === 422) return new PortalError('publish.validation', 'permanent', details);
  return new PortalError('publish.unexpected-response', 'permanent', details);
}
