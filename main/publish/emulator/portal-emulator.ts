import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { EmulatorContext, EmulatorReply } from './emulator-http.js';
import { proxyPage, readJson, record } from './emulator-http.js';
import type { EmulatorLimits, EmulatorState } from './emulator-state.js';
import { seedState } from './emulator-seed.js';
import type { EmulatedEngine, FaultRule } from './fault-injection.js';
import { FaultBook } from './fault-injection.js';
import { routeEngine, engineFaultReply } from './engine-routes.js';
import type { EmulatorSummary } from './emulator-summary.js';
import { summarise } from './emulator-summary.js';

/** How to start the emulator. */
export interface PortalEmulatorOptions {
  /** 0 (default) picks a free port; a restart passes the previous one. */
  port?: number;
  limits?: Partial<EmulatorLimits>;
  /** The world of a previous run, to come back « online » with the same datasets. */
  state?: EmulatorState;
  faults?: FaultBook;
}

/** A running emulator of the three portal engines on 127.0.0.1. */
export interface PortalEmulator {
  port: number;
  /** The base URLs a portal profile uses, one per engine. */
  urls: { opendatasoft: string; udata: string; ckan: string };
  state: EmulatorState;
  faults: FaultBook;
  /** What each engine holds now: datasets, resources, rows. */
  summary(): EmulatorSummary;
  /** Back to the seeded accounts, no dataset, no fault. */
  reset(): void;
  /** Stops listening and drops every open connection (the network is « down »). */
  stop(): Promise<void>;
}

const ENGINE_PREFIX = /^\/(ods|udata|ckan)(\/.*)?$/;

function write(response: http.ServerResponse, reply: EmulatorReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.file) {
    response.writeHead(reply.status, { 'Content-Type': reply.file.contentType, 'Content-Length': String(fs.statSync(reply.file.path).size), ...headers });
    fs.createReadStream(reply.file.path).pipe(response);
    return;
  }
  let body = '';
  if (reply.html !== undefined) {
    headers['Content-Type'] = 'text/html';
    body = reply.html;
  } else if (reply.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(reply.json);
  }
  response.writeHead(reply.status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  response.end(body);
}

/** Answers without reading the body, as a proxy does; the rest of the upload is read and thrown away. */
function answerEarly(request: http.IncomingMessage, response: http.ServerResponse, reply: EmulatorReply): void {
  request.resume();
  write(response, { ...reply, headers: { ...reply.headers, Connection: 'close' } });
}

function stall(request: http.IncomingMessage, state: EmulatorState, afterBytes: number): void {
  let received = 0;
  state.stalledUploads++;
  request.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received >= afterBytes) request.pause();
  });
  request.on('close', () => {
    state.stalledUploads--;
  });
}

async function control(request: http.IncomingMessage, response: http.ServerResponse, emulator: PortalEmulator, pathname: string): Promise<void> {
  if (pathname === '/__emulator/faults' && request.method === 'POST') {
    const body = record(await readJson(request));
    const rules = Array.isArray(body.rules) ? (body.rules as FaultRule[]) : [body as unknown as FaultRule];
    for (const rule of rules) emulator.faults.add(rule);
    write(response, { status: 204 });
  } else if (pathname === '/__emulator/faults' && request.method === 'DELETE') {
    emulator.faults.clear();
    write(response, { status: 204 });
  } else if (pathname === '/__emulator/reset' && request.method === 'POST') {
    emulator.reset();
    write(response, { status: 204 });
  } else if (pathname === '/__emulator/state' && request.method === 'GET') {
    write(response, { status: 200, json: emulator.summary() });
  } else {
    write(response, { status: 404, json: { message: 'unknown emulator control route' } });
  }
}

/**
 * Starts the emulator of Opendatasoft (`/ods`), udata (`/udata`) and CKAN (`/ckan`) on
 * 127.0.0.1 (reference §5): their routes, response and error shapes, with faults injected through
 * `faults` or `POST /__emulator/faults` — paths no real portal uses.
 */
export async function startPortalEmulator(options: PortalEmulatorOptions = {}): Promise<PortalEmulator> {
  const state = options.state ?? seedState(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-portal-emulator-')), options.limits);
  const faults = options.faults ?? new FaultBook();
  const server = http.createServer();
  const emulator: PortalEmulator = {
    port: 0,
    urls: { opendatasoft: '', udata: '', ckan: '' },
    state,
    faults,
    summary: () => summarise(state),
    reset: () => {
      Object.assign(state, seedState(state.filesDir, state.limits));
      faults.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/__emulator/')) return control(request, response, emulator, url.pathname);
      const match = ENGINE_PREFIX.exec(url.pathname);
      if (!match) return write(response, proxyPage(404, 'Not Found'));
      const engine = match[1] as EmulatedEngine;
      const rest = match[2] ?? '/';
      const method = request.method ?? 'GET';
      const fault = faults.take(engine, method, rest);
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > state.limits.proxyBytes[engine] || fault?.fault === 'proxy-413') {
        return answerEarly(request, response, proxyPage(413, 'Request Entity Too Large'));
      }
      if (fault?.fault === 'reset') return request.socket.destroy();
      if (fault?.fault === 'stall-body') return stall(request, state, fault.stallAfterBytes ?? 64 * 1024);
      if (fault?.fault === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1_000));
      if (fault?.fault === 'proxy-502') {
        return answerEarly(request, response, proxyPage(502, 'Bad Gateway', { 'Retry-After': String(fault.retryAfterSeconds ?? 0) }));
      }
      const context: EmulatorContext = { method, path: rest, query: url.searchParams, request, base: `http://127.0.0.1:${emulator.port}/${engine}`, state, fault };
      const early = engineFaultReply(engine, context);
      if (early) return answerEarly(request, response, early);
      const reply = await routeEngine(engine, context);
      if (fault?.fault === 'lost-response') {
        // The write is done; the answer never reaches the client.
        request.resume();
        return request.socket.destroy();
      }
      write(response, reply);
    })().catch((error: unknown) => {
      if (!response.headersSent) write(response, { status: 500, json: { message: `emulator: ${String(error)}` } });
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  emulator.port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${emulator.port}`;
  emulator.urls = { opendatasoft: `${origin}/ods`, udata: `${origin}/udata`, ckan: `${origin}/ckan` };
  return emulator;
}
