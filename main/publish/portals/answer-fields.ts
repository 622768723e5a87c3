import { PortalError } from '../http/portal-error.js';

/** A string field of a portal answer, or a failure naming the step: the portal answered something we cannot read. */
export function requireString(body: Record<string, unknown>, key: string, step: string): string {
  const value = body[key];
  if (typeof value === 'string' && value !== '') return value;
  throw new PortalError('publish.unexpected-response', 'permanent', { step, field: key });
}

/** A list field of a portal answer, as records; missing reads as empty. */
export function recordList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object') : [];
}
