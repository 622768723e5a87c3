import http from 'node:http';
import https from 'node:https';
import { AppError } from '../../../shared/errors.js';
import type { StreamingBody } from './multipart-body.js';
import { PortalError, cancelledError } from './portal-error.js';

/** One HTTP exchange with a portal. */
export interface HttpCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  /** A JSON body; or `body`, streamed from disk. */
  json?: unknown;
  body?: StreamingBody;
  /** Inactivity timeout of the socket: an upload that keeps moving is never cut. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes of the body handed to the network so far, and the total. */
  onProgress?: (sent: number, total: number) => void;
  /** Response bytes kept in memory (larger bodies are cut); downloads use `onData` instead. */
  maxResponseBytes?: number;
  /** Receives the response body chunk by chunk instead of keeping it. */
  onData?: (chunk: Buffer) => void;
}

/** The portal's answer, whatever its status: the engine's adapter reads its error shape. */
export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

// No keep-alive: a connection the portal dropped is never reused for the next request.
const agents = { http: new http.Agent({ keepAlive: false }), https: new https.Agent({ keepAlive: false }) };

/** System errors meaning « no network » or « the portal cannot be reached at all »: wait, do not count. */
const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN']);

class TimeoutMarker extends Error {}
class CancelMarker extends Error {}
class FileReadMarker extends Error {}

function classify(error: unknown, host: string): AppError {
  if (error instanceof CancelMarker) return cancelledError();
  if (error instanceof TimeoutMarker) return new PortalError('publish.timeout', 'transient', { host });
  if (error instanceof FileReadMarker) return new AppError('publish.file-missing', {}, { cause: error.cause });
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (OFFLINE_CODES.has(code)) return new PortalError('publish.offline', 'offline', { host }, { cause: error });
  if (code.startsWith('CERT_') || code.startsWith('ERR_TLS') || code.includes('SELF_SIGNED') || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') {
    return new PortalError('publish.tls-refused', 'permanent', { host }, { cause: error });
  }
  return new PortalError('publish.connection-lost', 'transient', { host }, { cause: error });
}

/**
 * Sends one request and returns the answer of any status. Network failures become
 * `PortalError`s (`publish.offline`, `publish.timeout`, `publish.connection-lost`), a cancel
 * becomes `publish.cancelled`. A body streams from disk with backpressure, so memory stays
 * constant whatever the file size; an early answer (a proxy's 413) is still read and returned.
 */
export function sendHttp(call: HttpCall): Promise<HttpAnswer> {
  const host = call.url.host;
  return new Promise<HttpAnswer>((resolve, reject) => {
    if (call.signal?.aborted) {
      reject(cancelledError());
      return;
    }
    let settled = false;
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'AtelierOpenData/0.1', ...call.headers };
    let payload: Buffer | null = null;
    if (call.json !== undefined) {
      payload = Buffer.from(JSON.stringify(call.json), 'utf8');
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(payload.length);
    } else if (call.body) {
      headers['Content-Type'] = call.body.contentType;
      headers['Content-Length'] = String(call.body.length);
    }
    const transport = call.url.protocol === 'https:' ? https : http;
    const request = transport.request(call.url, {
      method: call.method,
      headers,
      agent: call.url.protocol === 'https:' ? agents.https : agents.http,
    });
    const onAbort = (): void => {
      request.destroy(new CancelMarker());
    };
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      call.signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    call.signal?.addEventListener('abort', onAbort, { once: true });
    request.setTimeout(call.timeoutMs, () => request.destroy(new TimeoutMarker()));

    let answered = false;
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      let kept = 0;
      const limit = call.maxResponseBytes ?? 8 * 1024 * 1024;
      response.on('data', (chunk: Buffer) => {
        if (call.onData && response.statusCode !== undefined && response.statusCode < 300) {
          call.onData(chunk);
          return;
        }
        if (kept < limit) {
          chunks.push(chunk);
          kept += chunk.length;
        }
      });
      response.on('end', () =>
        settle(() =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).subarray(0, limit).toString('utf8'),
          }),
        ),
      );
      response.on('error', (error) => settle(() => reject(classify(error, host))));
      response.on('close', () => {
        if (!response.complete) settle(() => reject(classify(new Error('response cut'), host)));
      });
    });
    request.on('error', (error) => {
      // After an early answer (a proxy's 413) the write fails; the answer is what counts.
      if (answered && !(error instanceof CancelMarker) && !(error instanceof TimeoutMarker)) return;
      settle(() => reject(classify(error, host)));
    });

    if (payload) {
      request.end(payload);
      call.onProgress?.(payload.length, payload.length);
    } else if (call.body) {
      const total = call.body.length;
      const source = call.body.open();
      let sent = 0;
      source.on('data', (chunk: Buffer) => {
        sent += chunk.length;
        call.onProgress?.(sent, total);
      });
      source.on('error', (error) => request.destroy(new FileReadMarker('file', { cause: error })));
      request.on('close', () => source.destroy());
      source.pipe(request);
    } else {
      request.end();
    }
  });
}

/** The answer's body as JSON, or undefined when it is not JSON (an HTML error page from a proxy). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A plain object view of a JSON value, for reading error shapes defensively. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
