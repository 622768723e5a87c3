import type { HttpAnswer } from '../../http/http-transport.js';
import { asRecord, parseJson } from '../../http/http-transport.js';
import { PortalError } from '../../http/portal-error.js';
import type { ReadError } from '../../http/status-failure.js';
import { failureFromAnswer } from '../../http/status-failure.js';

/** Reads CKAN's `{success, error}` envelope (reference §3.7), or the bare string of a 400. */
export function readCkanError(answer: HttpAnswer): ReadError & { type: string | null } {
  const parsed = parseJson(answer.text);
  if (typeof parsed === 'string') return { message: parsed, fields: {}, type: null };
  const error = asRecord(asRecord(parsed)?.error) ?? {};
  const fields: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === '__type' || key === 'message') continue;
    fields[key] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return {
    message: typeof error.message === 'string' ? error.message : null,
    fields,
    type: typeof error.__type === 'string' ? error.__type : null,
  };
}

/**
 * The failure for a CKAN answer. CKAN never answers 401: a bad or missing token makes the caller
 * anonymous, whose 403 names an empty user (« User  not authorized ») — that is a key problem.
 */
export function ckanFailure(answer: HttpAnswer, step: string): PortalError {
  const read = readCkanError(answer);
  if (answer.status === 403 && /User\s{2}not authorized/.test(read.message ?? '')) {
    return new PortalError('publish.bad-key', 'permanent', { step, status: 403 });
  }
  if (answer.status === 409 && read.fields.name?.some((message) => /already in use/i.test(message))) {
    return new PortalError('publish.name-taken', 'permanent', { step });
  }
  if (answer.status === 409 && read.fields.upload?.some((message) => /too large/i.test(message))) {
    return new PortalError('publish.too-large', 'permanent', { step, status: 409 });
  }
  return failureFromAnswer(answer, read, { step });
}

/** The `result` of a successful action, or the failure. */
export function ckanResult(answer: HttpAnswer, step: string): unknown {
  const envelope = asRecord(parseJson(answer.text));
  if (answer.status !== 200 || envelope?.success !== true) {
    if (answer.status === 200) throw new PortalError('publish.unexpected-response', 'permanent', { step });
    throw ckanFailure(answer, step);
  }
  return envelope.result;
}

/** The `result` as an object. */
export function ckanRecord(answer: HttpAnswer, step: string): Record<string, unknown> {
  return asRecord(ckanResult(answer, step)) ?? {};
}
