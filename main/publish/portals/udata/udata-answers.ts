import type { HttpAnswer } from '../../http/http-transport.js';
import { asRecord, parseJson } from '../../http/http-transport.js';
import { PortalError } from '../../http/portal-error.js';
import type { ReadError } from '../../http/status-failure.js';
import { failureFromAnswer } from '../../http/status-failure.js';

/** Flattens WTForms errors, nested for resources (`resources[0].schema.url`), into field → messages. */
function flatten(errors: unknown, prefix: string, into: Record<string, string[]>): void {
  if (Array.isArray(errors) && errors.every((item) => typeof item === 'string')) {
    into[prefix || 'form'] = errors as string[];
  } else if (typeof errors === 'string') {
    into[prefix || 'form'] = [errors];
  } else if (Array.isArray(errors)) {
    errors.forEach((item, index) => flatten(item, `${prefix}[${index}]`, into));
  } else {
    for (const [key, value] of Object.entries(asRecord(errors) ?? {})) flatten(value, prefix ? `${prefix}.${key}` : key, into);
  }
}

/** Reads a udata error body: `{message}` or `{errors: {...}}` (reference §2.6), or an upload's `{success, error}`. */
export function readUdataError(answer: HttpAnswer): ReadError {
  const body = asRecord(parseJson(answer.text));
  const fields: Record<string, string[]> = {};
  if (body?.errors !== undefined) flatten(body.errors, '', fields);
  const message = typeof body?.message === 'string' ? body.message : typeof body?.error === 'string' ? body.error : null;
  return { message, fields };
}

/** The failure for a non-success udata answer, with udata's particular cases named. */
export function udataFailure(answer: HttpAnswer, step: string): PortalError {
  const read = readUdataError(answer);
  if (answer.status === 400 && read.fields.organization) {
    return new PortalError('publish.organization-refused', 'permanent', { step, fields: read.fields.organization.join(' ') });
  }
  if (answer.status === 415 || (answer.status === 400 && /file type is not allowed/i.test(read.message ?? ''))) {
    return new PortalError('publish.file-type-refused', 'permanent', { step });
  }
  return failureFromAnswer(answer, read, { step });
}

/** The JSON of a success answer, or the failure. */
export function udataBody(answer: HttpAnswer, step: string, expected: number[] = [200]): Record<string, unknown> {
  if (!expected.includes(answer.status)) throw udataFailure(answer, step);
  return asRecord(parseJson(answer.text)) ?? {};
}
