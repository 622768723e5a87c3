import type { ErrorCode } from '../errors.js';

/** Details of a failure, safe to show: no secret, no stack, no raw message. */
export type ErrorDetails = Record<string, string | number | boolean | null>;

/** What crosses the boundary instead of a thrown error. */
export interface AppErrorPayload {
  code: ErrorCode;
  details?: ErrorDetails;
}

/** Every API call answers a Result: the renderer turns `error.code` into a French sentence. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, details?: ErrorDetails): Result<T> {
  return details ? { ok: false, error: { code, details } } : { ok: false, error: { code } };
}
