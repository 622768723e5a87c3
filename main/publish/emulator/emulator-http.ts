import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { EmulatorState } from './emulator-state.js';
import type { FaultRule } from './fault-injection.js';
import type { ReceivedForm } from './multipart-reader.js';
import { readMultipart } from './multipart-reader.js';

/** One request, as an engine's routes see it. */
export interface EmulatorContext {
  method: string;
  /** The path after the engine prefix, e.g. `/api/automation/v1.0/datasets/`. */
  path: string;
  query: URLSearchParams;
  request: IncomingMessage;
  /** `http://127.0.0.1:<port>/<engine>`: what absolute links (pagination, file URLs) start with. */
  base: string;
  state: EmulatorState;
  /** The fault armed for this request, for routes that act it out themselves (processing, duplicates). */
  fault: FaultRule | null;
}

/** What a route answers; the server writes it, or drops it for a `lost-response` fault. */
export interface EmulatorReply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  html?: string;
  /** A stored file, streamed back (downloads). */
  file?: { path: string; contentType: string };
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers?: Record<string, string>): EmulatorReply {
  return headers ? { status, json: body, headers } : { status, json: body };
}

/** An HTML page, as a proxy in front of the engine sends its errors. */
export function proxyPage(status: number, title: string, headers?: Record<string, string>): EmulatorReply {
  const html = `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return headers ? { status, html, headers } : { status, html };
}

/** Reads a JSON body; undefined when it is not JSON. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a multipart body to the emulator's files folder, counting it as an upload in progress. */
export async function readForm(context: EmulatorContext): Promise<ReceivedForm> {
  context.state.activeUploads++;
  try {
    return await readMultipart(context.request, context.state.filesDir);
  } finally {
    context.state.activeUploads--;
  }
}

/** True for a JSON request (udata checks it: reference §2.1). */
export function isJsonRequest(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
}

/** A plain object, or an empty one. */
export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Removes a stored upload that nothing references any more. */
export function discardFile(path: string): void {
  fs.rm(path, { force: true }, () => undefined);
}
