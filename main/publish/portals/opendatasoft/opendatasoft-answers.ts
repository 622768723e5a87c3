import type { HttpAnswer } from '../../http/http-transport.js';
import { asRecord, parseJson } from '../../http/http-transport.js';
import type { PortalError } from '../../http/portal-error.js';
import type { ReadError } from '../../http/status-failure.js';
import { failureFromAnswer } from '../../http/status-failure.js';

/**
 * Reads an Opendatasoft error body: Automation `{error_code, message, detail}` (reference §1.8),
 * Explore `{error, ...}` for quotas (§1.9); anything else (a proxy's HTML page) has no message.
 */
export function readOdsError(answer: HttpAnswer): ReadError & { errorCode: string | null } {
  const body = asRecord(parseJson(answer.text));
  const fields: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(asRecord(body?.detail) ?? {})) {
    fields[field] = Array.isArray(messages) ? messages.map(String) : [String(messages)];
  }
  const message = typeof body?.message === 'string' ? body.message : typeof body?.error === 'string' ? body.error : null;
  return { message, fields, errorCode: typeof body?.error_code === 'string' ? body.error_code : null };
}

/** The failure for a non-success Opendatasoft answer. */
export function odsFailure(answer: HttpAnswer, step: string): PortalError {
  return failureFromAnswer(answer, readOdsError(answer), { step });
}

/** The JSON of a success answer, or the failure. */
export function odsBody(answer: HttpAnswer, step: string, expected: number[] = [200]): Record<string, unknown> {
  if (!expected.includes(answer.status)) throw odsFailure(answer, step);
  return asRecord(parseJson(answer.text)) ?? {};
}
