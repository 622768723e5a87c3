import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, backoffDelayMs, mayRetry, parseRetryAfter } from '../../../shared/publish/retry-policy.js';

describe('retry policy', () => {
  it('doubles the delay at each attempt, with jitter within [half, whole], up to the ceiling', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect(backoffDelayMs(0, DEFAULT_RETRY_POLICY, low)).toBe(1_000);
    expect(backoffDelayMs(0, DEFAULT_RETRY_POLICY, high)).toBe(2_000);
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, low)).toBe(8_000);
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, high)).toBe(16_000);
    expect(backoffDelayMs(30, DEFAULT_RETRY_POLICY, high)).toBe(300_000);
    expect(backoffDelayMs(30, DEFAULT_RETRY_POLICY, high, { offline: true })).toBe(60_000);
  });

  it('spreads clients that failed together', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelayMs(4, DEFAULT_RETRY_POLICY, random)));
    expect(delays.size).toBeGreaterThan(15);
  });

  it('honours Retry-After as a floor, and gives up after the last attempt', () => {
    expect(backoffDelayMs(0, DEFAULT_RETRY_POLICY, () => 0, { retryAfterMs: 30_000 })).toBe(30_000);
    expect(mayRetry(6, DEFAULT_RETRY_POLICY)).toBe(true);
    expect(mayRetry(7, DEFAULT_RETRY_POLICY)).toBe(false);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-15T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 15 Jan 2025 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('bientôt', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
  });
});
