import type { EmulatorContext, EmulatorReply } from './emulator-http.js';
import type { EmulatedEngine } from './fault-injection.js';
import { ckanAction, ckanDownload, ckanFaultReply } from './ckan-routes.js';
import { odsAutomation } from './ods-automation-routes.js';
import { odsExplore } from './ods-explore-routes.js';
import { odsErrors } from './ods-errors.js';
import { udataApi } from './udata-routes.js';
import { udataErrors } from './udata-errors.js';

/** Sends a request to its engine's routes. */
export async function routeEngine(engine: EmulatedEngine, context: EmulatorContext): Promise<EmulatorReply> {
  const path = context.path;
  if (engine === 'ods') {
    if (path.startsWith('/api/automation/v1.0/')) return odsAutomation(context, path.slice('/api/automation/v1.0'.length));
    if (path.startsWith('/api/explore/v2.1/')) return odsExplore(context, path.slice('/api/explore/v2.1'.length));
    return odsErrors.notFound();
  }
  if (engine === 'udata') {
    if (path.startsWith('/api/1/')) return udataApi(context, path.slice('/api/1'.length));
    if (path.startsWith('/static/') && context.method === 'GET') {
      const url = `${context.base}${path}`;
      const resource = [...context.state.udata.datasets.values()].flatMap((dataset) => dataset.resources).find((candidate) => candidate.url === url);
      return resource ? { status: 200, file: { path: resource.file.path, contentType: resource.mime } } : udataErrors.notFound();
    }
    return udataErrors.notFound();
  }
  const action = /^\/api\/(?:3\/)?action\/([a-z_]+)$/.exec(path);
  if (action?.[1]) return ckanAction(context, action[1]);
  const download = /^\/dataset\/([^/]+)\/resource\/([^/]+)\/download\/[^/]+$/.exec(path);
  if (download?.[1] && download[2] && context.method === 'GET') return ckanDownload(context, download[1], download[2]);
  return { status: 404, html: '<html><body><h1>404 Not Found</h1></body></html>' };
}

/**
 * The engine's own answer for the faults that replace the handling altogether: a rejected key,
 * a missing permission, a 500 or a 429, each in the engine's shape (reference §5.A–B).
 */
export function engineFaultReply(engine: EmulatedEngine, context: EmulatorContext): EmulatorReply | null {
  const fault = context.fault;
  if (!fault) return null;
  const retryAfter = fault.retryAfterSeconds ?? 0;
  if (engine === 'ckan') {
    const action = /action\/([a-z_]+)$/.exec(context.path)?.[1] ?? 'unknown';
    const reply = ckanFaultReply(context, action);
    return reply && fault.fault === 'rate-limit' ? { ...reply, headers: { 'Retry-After': String(retryAfter) } } : reply;
  }
  const errors = engine === 'ods'
    ? { 'bad-key': odsErrors.unauthorized, forbidden: odsErrors.forbidden, 'server-error': odsErrors.internal, 'rate-limit': () => odsErrors.tooManyRequests(retryAfter) }
    : { 'bad-key': () => udataErrors.badKey('invalid'), forbidden: udataErrors.forbidden, 'server-error': udataErrors.internal, 'rate-limit': () => udataErrors.tooManyRequests(retryAfter) };
  const make = errors[fault.fault as keyof typeof errors] as (() => EmulatorReply) | undefined;
  return make ? make() : null;
}
