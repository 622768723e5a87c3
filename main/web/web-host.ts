import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ImportedFile } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import { fail, ok } from '../../shared/api/result.js';
import { isAppError } from '../../shared/errors.js';
import type { AppCore } from '../app-core.js';
import { TOKEN_COOKIE, checkRequest } from './request-guard.js';
import { serveRendererFile } from './static-files.js';
import { receiveUpload } from './upload.js';

/** Largest JSON body an API call may have. */
const MAX_CALL_BYTES = 2 * 1024 * 1024;

/** A running loopback host. */
export interface WebHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CALL_BYTES) throw new Error('too large');
    chunks.push(chunk);
  }
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
}

/**
 * Serves the built renderer and the same API as Electron's IPC on 127.0.0.1 (DESIGN.md « The same
 * API over loopback »): calls as `POST /api/call/<method>`, events as a server-sent event stream,
 * files from the browser's picker as `POST /api/upload`. Every request passes `checkRequest`.
 */
export async function startWebHost(core: AppCore, rendererDir: string, port = 0): Promise<WebHost> {
  const token = randomBytes(24).toString('hex');
  let boundHost = '';
  const streams = new Set<http.ServerResponse>();

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refusal = checkRequest(request, boundHost, token, url);
    if (refusal) {
      response.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(refusal.reason === 'token'
        ? 'Accès refusé : ouvrez l’adresse complète affichée au lancement d’Atelier Open Data.'
        : 'Accès refusé : requête venant d’une autre origine.');
      return;
    }
    if (url.searchParams.has('token') && url.pathname === '/') {
      response.writeHead(303, {
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      response.end();
      return;
    }
    void route(request, response, url).catch(() => {
      if (!response.headersSent) sendJson(response, 500, fail('internal'));
      else response.destroy();
    });
  });

  async function route(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
    if (url.pathname.startsWith('/api/') && url.pathname !== '/api/events') {
      // A custom header forces a CORS preflight on any cross-origin script, which is never granted.
      // (EventSource cannot set headers; the event stream only reads, behind the token and origin checks.)
      if (request.headers['x-atelier-client'] !== '1') {
        sendJson(response, 403, fail('api.forbidden-sender'));
        return;
      }
    }
    if (url.pathname.startsWith('/api/call/') && request.method === 'POST') {
      const method = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      let payload: unknown;
      try {
        payload = await readJson(request);
      } catch {
        sendJson(response, 400, fail('api.invalid-request', { method, at: '/', rule: 'json' }));
        return;
      }
      sendJson(response, 200, await core.dispatch(method, payload, { host: 'web' }));
      return;
    }
    if (url.pathname === '/api/events' && request.method === 'GET') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connecté\n\n');
      streams.add(response);
      const disconnect = core.events.connect((event, payload) => {
        response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      });
      request.on('close', () => {
        disconnect();
        streams.delete(response);
      });
      return;
    }
    if (url.pathname === '/api/upload' && request.method === 'POST') {
      const name = url.searchParams.get('name') ?? 'fichier';
      let result: Result<ImportedFile>;
      try {
        const stored = await receiveUpload(request, core.dataDir, name);
        const ref = core.files.registerAs(stored, name);
        result = ok({ fileId: ref.fileId, name: ref.name, size: ref.size });
      } catch (error) {
        result = isAppError(error) ? fail(error.code, error.details) : fail('disk.write-failed', { file: name });
      }
      sendJson(response, 200, result);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      sendJson(response, 404, fail('api.unknown-method', { method: url.pathname }));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    serveRendererFile(rendererDir, url.pathname, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  boundHost = `127.0.0.1:${actualPort}`;

  return {
    url: `http://${boundHost}/?token=${token}`,
    token,
    port: actualPort,
    async close() {
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
