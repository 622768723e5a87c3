import { AppError } from '../../shared/errors.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const SHA256 = /^[0-9a-f]{64}$/i;

/**
 * Checks an ISO 8601 instant and returns it in UTC (`…Z`), so that the history's dates sort and
 * filter as plain strings. Throws `history.invalid-record` naming the field otherwise.
 */
export function isoInstant(value: string, field: string): string {
  const time = ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new AppError('history.invalid-record', { field });
  return new Date(time).toISOString();
}

/** Checks a SHA-256 in hexadecimal and returns it in lower case. */
export function sha256Hex(value: string, field: string): string {
  if (!SHA256.test(value)) throw new AppError('history.invalid-record', { field });
  return value.toLowerCase();
}

/** Checks a non-empty text (after trimming) and returns it trimmed. */
export function requiredText(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new AppError('history.invalid-record', { field });
  return trimmed;
}

/** Checks a whole number at least `minimum`. */
export function wholeNumber(value: number, field: string, minimum = 0): number {
  if (!Number.isSafeInteger(value) || value < minimum) throw new AppError('history.invalid-record', { field });
  return value;
}

/**
 * Checks a portal address before it is kept: the journal and the audit report turn it into a
 * link, so only `http:` and `https:` are accepted (never `javascript:` or `file:`).
 */
export function webAddress(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('history.invalid-record', { field });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('history.invalid-record', { field });
  return value;
}
