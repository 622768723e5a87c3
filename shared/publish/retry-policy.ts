/**
 * When to try again after a failure (issue 7 « Retries with exponential backoff and jitter »).
 * Pure: the random source is injected so that tests are deterministic, and every delay is a
 * parameter so that tests run in milliseconds.
 */
export interface RetryPolicy {
  /** First delay, before jitter. */
  baseMs: number;
  /** Growth of the delay at each attempt. */
  factor: number;
  /** Ceiling of a delay for transient portal errors. */
  maxMs: number;
  /** Transient failures in a row before the publication fails. */
  maxAttempts: number;
  /** Ceiling of the delay between two probes while the network is down (never gives up). */
  offlineMaxMs: number;
}

/** The policy of the app: 2 s, 4 s, 8 s… up to 5 minutes; 8 attempts; the network probed every minute at most. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 2_000,
  factor: 2,
  maxMs: 300_000,
  maxAttempts: 8,
  offlineMaxMs: 60_000,
};

/** How a failure is handled. */
export type FailureHandling = 'offline' | 'transient' | 'permanent';

/**
 * The delay before attempt `attempt + 1` (attempt counts from 0), with « equal jitter »: half the
 * exponential delay, plus a random share of the other half, so that many clients that failed
 * together do not come back together, yet none retries immediately. A `Retry-After` from the
 * portal is a floor.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  options: { offline?: boolean; retryAfterMs?: number | null } = {},
): number {
  const ceiling = options.offline ? policy.offlineMaxMs : policy.maxMs;
  const exponential = Math.min(ceiling, policy.baseMs * policy.factor ** Math.max(0, attempt));
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.round(Math.max(jittered, options.retryAfterMs ?? 0));
}

/** True when a transient failure may be retried once more. */
export function mayRetry(attempt: number, policy: RetryPolicy): boolean {
  return attempt + 1 < policy.maxAttempts;
}

/**
 * Reads an HTTP `Retry-After` header (seconds or an HTTP date) as milliseconds from `now`, or
 * null when absent or unreadable. Capped at one hour: a portal asking for more is treated as down.
 */
export function parseRetryAfter(value: string | undefined | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (!Number.isFinite(seconds)) return null;
  return Math.min(3_600_000, Math.max(0, seconds));
}
