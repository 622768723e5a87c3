import type { HttpAnswer } from '../http/http-transport.js';
import { sendHttp } from '../http/http-transport.js';
import type { StreamingBody } from '../http/multipart-body.js';
import { PortalError, redactSecret } from '../http/portal-error.js';
import type { AdapterContext } from './portal-adapter.js';

/** Options of one call. */
export interface CallOptions {
  query?: Record<string, string>;
  json?: unknown;
  body?: StreamingBody;
  /** False for the anonymous read that checks a dataset is public. */
  auth?: boolean;
  onProgress?: (sent: number, total: number) => void;
}

/**
 * The HTTP side of one adapter: its API base, its authentication header, its timeout and the
 * run's cancel signal. Errors never carry the key: messages are redacted before they leave.
 */
export class PortalClient {
  private readonly context: AdapterContext;
  private readonly apiBase: string;
  private readonly authHeaders: Record<string, string>;

  constructor(context: AdapterContext, apiPath: string, authHeaders: Record<string, string>) {
    this.context = context;
    this.apiBase = `${context.profile.baseUrl.replace(/\/+$/, '')}${apiPath}`;
    this.authHeaders = authHeaders;
  }

  /** An absolute URL under the API base. */
  url(path: string, query?: Record<string, string>): URL {
    const url = new URL(`${this.apiBase}${path}`);
    for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
    return url;
  }

  /** Calls the API; answers of any status come back, network failures throw. */
  async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: CallOptions = {}): Promise<HttpAnswer> {
    return this.send(method, this.url(path, options.query), options);
  }

  /** Calls an absolute URL (a pagination link), with the key only if it is on the portal's own origin. */
  async send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: URL, options: CallOptions = {}): Promise<HttpAnswer> {
    const sameOrigin = url.origin === new URL(this.apiBase).origin;
    const headers = options.auth === false || !sameOrigin ? {} : this.authHeaders;
    try {
      const answer = await sendHttp({
        method,
        url,
        headers,
        json: options.json,
        body: options.body,
        timeoutMs: this.context.timings.timeoutMs,
        signal: this.context.signal,
        onProgress: options.onProgress,
      });
      return { ...answer, text: redactSecret(answer.text, this.context.apiKey) };
    } catch (error) {
      if (error instanceof PortalError && error.details) {
        for (const [key, value] of Object.entries(error.details)) {
          if (typeof value === 'string') error.details[key] = redactSecret(value, this.context.apiKey);
        }
      }
      throw error;
    }
  }

  /** Whether the key may travel to this URL (never to another host, such as a CDN). */
  authFor(url: URL): Record<string, string> {
    return url.origin === new URL(this.apiBase).origin ? this.authHeaders : {};
  }

  get timeoutMs(): number {
    return this.context.timings.timeoutMs;
  }

  get signal(): AbortSignal {
    return this.context.signal;
  }
}

/** Waits, but wakes at once on cancel (the caller's next request then throws `publish.cancelled`). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
