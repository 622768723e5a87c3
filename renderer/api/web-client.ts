import type { ApiEventName, ApiEvents, ApiMethodName, AtelierApi, AtelierMethods, ImportedFile } from '../../shared/api/contract.js';
import { apiMethodNames } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import { fail } from '../../shared/api/result.js';

const HEADERS = { 'Content-Type': 'application/json', 'X-Atelier-Client': '1' };

async function post<T>(url: string, body: BodyInit, headers: Record<string, string>): Promise<Result<T>> {
  try {
    const response = await fetch(url, { method: 'POST', body, headers, credentials: 'same-origin' });
    return (await response.json()) as Result<T>;
  } catch {
    return fail('api.host-unreachable');
  }
}

function upload(file: File, onProgress?: (sent: number, total: number) => void): Promise<Result<ImportedFile>> {
  // XMLHttpRequest, not fetch: it reports upload progress, and streams the File from disk.
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/upload?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('X-Atelier-Client', '1');
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => onProgress?.(event.loaded, event.total || file.size);
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText) as Result<ImportedFile>);
      } catch {
        resolve(fail('api.host-unreachable'));
      }
    };
    request.onerror = () => resolve(fail('api.host-unreachable'));
    request.send(file);
  });
}

/**
 * The API object in a browser: the same methods as Electron's preload, carried over HTTP to the
 * loopback host (the per-start token travels in its HttpOnly cookie), events over one stream.
 */
export function createWebClient(): AtelierApi {
  const methods = Object.fromEntries(
    apiMethodNames.map((method: ApiMethodName) => [
      method,
      (request: unknown) => post(`/api/call/${encodeURIComponent(method)}`, JSON.stringify(request ?? {}), HEADERS),
    ]),
  ) as unknown as AtelierMethods;

  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const ensureSource = (): EventSource => {
    source ??= new EventSource('/api/events', { withCredentials: true });
    return source;
  };

  return {
    ...methods,
    on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      const stream = ensureSource();
      let set = listeners.get(event);
      if (!set) {
        const forEvent = new Set<(payload: unknown) => void>();
        listeners.set(event, forEvent);
        stream.addEventListener(event, (message) => {
          const payload = JSON.parse((message as MessageEvent<string>).data) as unknown;
          for (const each of forEvent) each(payload);
        });
        set = forEvent;
      }
      const typed = listener as (payload: unknown) => void;
      set.add(typed);
      return () => {
        set.delete(typed);
      };
    },
    importFile: upload,
  };
}
