import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EmulatorContext, EmulatorReply } from './emulator-http.js';
import { discardFile, json, readForm, readJson, record } from './emulator-http.js';
import type { UdataDataset, UdataResource } from './emulator-state.js';
import { isoNow } from './emulator-state.js';
import type { ReceivedFile } from './multipart-reader.js';
import { UDATA_EXTENSIONS } from './udata-errors.js';
import { resourceView } from './udata-views.js';

/** Joins the parts of a chunked upload into one file, hashing it as a single upload would. */
async function combine(parts: ReceivedFile[], dir: string, filename: string): Promise<ReceivedFile> {
  const target = path.join(dir, `${crypto.randomUUID()}.upload`);
  const sha1 = crypto.createHash('sha1');
  const sha256 = crypto.createHash('sha256');
  const out = fs.createWriteStream(target);
  let size = 0;
  for (const part of parts) {
    for await (const chunk of fs.createReadStream(part.path)) {
      sha1.update(chunk as Buffer);
      sha256.update(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    discardFile(part.path);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { path: target, filename, contentType: parts[0]?.contentType ?? 'application/octet-stream', size, sha1: sha1.digest('hex'), sha256: sha256.digest('hex') };
}

/** True when the file starts like an HTML page (udata answers 415). */
function looksLikeHtml(file: ReceivedFile): boolean {
  const head = Buffer.alloc(256);
  const fd = fs.openSync(file.path, 'r');
  const read = fs.readSync(fd, head, 0, 256, 0);
  fs.closeSync(fd);
  return /^\s*(<!doctype html|<html)/i.test(head.subarray(0, read).toString('utf8'));
}

/**
 * The upload protocol (reference §2.4): a single multipart request, or fine-uploader chunks
 * (`uuid`, `partindex`, `chunksize`, `totalparts`) ended by a request without `file`. Returns the
 * complete file, or the answer to send now (a chunk accepted, or an error).
 */
async function receiveUpload(context: EmulatorContext): Promise<ReceivedFile | EmulatorReply> {
  const form = await readForm(context);
  const { fields } = form;
  const file = form.files.file;
  const totalParts = Number(fields.totalparts ?? 1);
  if (fields.uuid && totalParts > 1) {
    const upload = context.state.udata.chunks.get(fields.uuid) ?? { parts: new Map<number, ReceivedFile>() };
    context.state.udata.chunks.set(fields.uuid, upload);
    if (file) {
      if (Number(fields.chunksize) !== file.size) {
        discardFile(file.path);
        return json(400, { success: false, error: 'Chunk size mismatch' });
      }
      upload.parts.set(Number(fields.partindex), file);
      return json(200, { success: true });
    }
    const parts: ReceivedFile[] = [];
    for (let index = 0; index < totalParts; index++) {
      const part = upload.parts.get(index);
      if (!part) return json(400, { success: false, error: `Missing chunk ${index}` });
      parts.push(part);
    }
    context.state.udata.chunks.delete(fields.uuid);
    return combine(parts, context.state.filesDir, fields.filename ?? 'file');
  }
  if (!file) return json(400, { success: false, error: 'Missing file parameter' });
  return file;
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

function fileFacts(context: EmulatorContext, dataset: UdataDataset, file: ReceivedFile, id: string): Partial<UdataResource> {
  const extension = path.extname(file.filename).slice(1).toLowerCase();
  return {
    format: extension,
    mime: extension === 'csv' ? 'text/csv' : file.contentType,
    filesize: file.size,
    checksum: { type: 'sha1', value: file.sha1 },
    url: `${context.base}/static/resources/${dataset.slug}/${timestamp()}/${encodeURIComponent(file.filename)}`,
    latest: `${context.base}/fr/datasets/r/${id}`,
    last_modified: isoNow(),
    file,
  };
}

/** Upload, replacement and resource routes of one dataset. */
export async function udataResources(context: EmulatorContext, dataset: UdataDataset, sub: string): Promise<EmulatorReply> {
  const { method } = context;
  const replaceMatch = /^\/resources\/([^/]+)\/upload\/$/.exec(sub);
  if ((sub === '/upload/' || replaceMatch) && method === 'POST') {
    const existing = replaceMatch ? dataset.resources.find((resource) => resource.id === replaceMatch[1]) : undefined;
    if (replaceMatch && !existing) return json(404, { message: 'Resource not found' });
    const received = await receiveUpload(context);
    if (!('sha1' in received)) return received;
    const extension = path.extname(received.filename).slice(1).toLowerCase();
    if (!UDATA_EXTENSIONS.includes(extension)) {
      discardFile(received.path);
      return json(400, { message: `This file type is not allowed.The allowed file type list is available at ${context.base}/api/1/datasets/extensions/` });
    }
    if (looksLikeHtml(received)) {
      discardFile(received.path);
      return json(415, { message: 'Incorrect file content type: HTML' });
    }
    dataset.last_modified = isoNow();
    if (existing) {
      discardFile(existing.file.path);
      Object.assign(existing, fileFacts(context, dataset, received, existing.id));
      return json(200, { ...resourceView(existing), success: true });
    }
    const id = crypto.randomUUID();
    const resource = {
      id,
      title: received.filename,
      description: null,
      filetype: 'file',
      type: 'main',
      created_at: isoNow(),
      extras: {},
      schema: {},
      ...fileFacts(context, dataset, received, id),
    } as UdataResource;
    dataset.resources.push(resource);
    return json(201, { ...resourceView(resource), success: true });
  }
  const resourceMatch = /^\/resources\/([^/]+)\/$/.exec(sub);
  const resource = resourceMatch ? dataset.resources.find((candidate) => candidate.id === resourceMatch[1]) : undefined;
  if (!resource) return json(404, { message: 'Resource not found' });
  if (method === 'GET') return json(200, resourceView(resource));
  if (method === 'DELETE') {
    dataset.resources = dataset.resources.filter((candidate) => candidate !== resource);
    discardFile(resource.file.path);
    return { status: 204 };
  }
  if (method === 'PUT') {
    const body = record(await readJson(context.request));
    const errors: Record<string, string[]> = {};
    for (const field of ['title', 'filetype', 'type', 'url']) if (typeof body[field] !== 'string' || body[field] === '') errors[field] = ['This field is required.'];
    if (context.fault?.fault === 'validation') errors.title = ['This field is required.'];
    if (Object.keys(errors).length > 0) return json(400, { errors });
    if (body.filetype !== resource.filetype) return json(400, { errors: { filetype: ['Cannot modify filetype after creation'] } });
    resource.title = body.title as string;
    resource.type = body.type as string;
    resource.description = typeof body.description === 'string' ? body.description : null;
    resource.extras = record(body.extras);
    resource.schema = record(body.schema);
    resource.last_modified = isoNow();
    return json(200, resourceView(resource));
  }
  return json(405, { message: 'The method is not allowed for the requested URL.' });
}
