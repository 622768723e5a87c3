import { AppError } from '../../../shared/errors.js';
import type { ErrorDetails } from '../../../shared/api/result.js';
import type { FailureHandling } from '../../../shared/publish/retry-policy.js';

/**
 * A failure talking to a portal, with what the outbox must do about it: wait for the network,
 * try again later, or stop and tell the clerk. Details hold only what a clerk may read — the
 * portal's own field messages, never a key (`redactSecret` runs on them first).
 */
export class PortalError extends AppError {
  readonly handling: FailureHandling;
  /** The portal's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | null;

  constructor(
    code: `publish.${string}`,
    handling: FailureHandling,
    details?: ErrorDetails,
    options?: { cause?: unknown; retryAfterMs?: number | null },
  ) {
    super(code, details, options);
    this.name = 'PortalError';
    this.handling = handling;
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
}

/** True for a `PortalError`. */
export function isPortalError(error: unknown): error is PortalError {
  return error instanceof PortalError;
}

/** The clerk cancelled: not a failure, not retried. */
export function cancelledError(): AppError {
  return new AppError('publish.cancelled');
}

/** Replaces every occurrence of the secret by `***` in a text that may be shown or stored. */
export function redactSecret(text: string, secret: string | null | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('***');
}

/** Shortens a portal message so that a whole HTML page never lands in the history. */
export function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
