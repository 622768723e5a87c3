import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';

/** A file received by the emulator, kept on disk with the checksums a real portal computes. */
export interface ReceivedFile {
  path: string;
  filename: string;
  contentType: string;
  size: number;
  sha1: string;
  sha256: string;
}

/** The parts of a `multipart/form-data` request: text fields and files. */
export interface ReceivedForm {
  fields: Record<string, string>;
  files: Record<string, ReceivedFile>;
}

interface PartSink {
  name: string;
  filename: string | null;
  contentType: string;
  text: Buffer[];
  stream: fs.WriteStream | null;
  file: ReceivedFile | null;
  sha1: crypto.Hash;
  sha256: crypto.Hash;
  size: number;
}

function parseHeaders(block: string): { name: string; filename: string | null; contentType: string } {
  let name = '';
  let filename: string | null = null;
  let contentType = 'application/octet-stream';
  for (const line of block.split('\r\n')) {
    const [key, ...rest] = line.split(':');
    const value = rest.join(':').trim();
    if (key?.toLowerCase() === 'content-disposition') {
      name = /\bname="([^"]*)"/.exec(value)?.[1] ?? '';
      filename = /\bfilename="([^"]*)"/.exec(value)?.[1] ?? null;
    } else if (key?.toLowerCase() === 'content-type') {
      contentType = value;
    }
  }
  return { name, filename, contentType };
}

/**
 * Reads a multipart body as it arrives, writing file parts to `dir` and hashing them on the way:
 * the emulator, like a real portal, never holds an upload in memory.
 */
export function readMultipart(request: IncomingMessage, dir: string): Promise<ReceivedForm> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(request.headers['content-type'] ?? '');
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) return Promise.reject(new Error('no multipart boundary'));
  // Every delimiter, the first included once `\r\n` is put in front, reads `\r\n--boundary`.
  const delimiter = Buffer.from(`\r\n--${token}`, 'latin1');
  const form: ReceivedForm = { fields: {}, files: {} };
  let buffer: Buffer = Buffer.from('\r\n', 'latin1');
  let state: 'preamble' | 'headers' | 'body' | 'done' = 'preamble';
  let part: PartSink | null = null;
  const pending: Promise<void>[] = [];

  const write = (bytes: Buffer): void => {
    if (!part || bytes.length === 0) return;
    part.size += bytes.length;
    if (part.stream) {
      part.sha1.update(bytes);
      part.sha256.update(bytes);
      part.stream.write(bytes);
    } else {
      part.text.push(bytes);
    }
  };
  const close = (): void => {
    if (!part) return;
    const current = part;
    if (current.stream && current.file) {
      const file = current.file;
      file.size = current.size;
      file.sha1 = current.sha1.digest('hex');
      file.sha256 = current.sha256.digest('hex');
      form.files[current.name] = file;
      const stream = current.stream;
      pending.push(new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))));
    } else {
      form.fields[current.name] = Buffer.concat(current.text).toString('utf8');
    }
    part = null;
  };
  const open = (block: string): void => {
    const headers = parseHeaders(block);
    const sink: PartSink = {
      ...headers,
      text: [],
      stream: null,
      file: null,
      sha1: crypto.createHash('sha1'),
      sha256: crypto.createHash('sha256'),
      size: 0,
    };
    if (headers.filename !== null) {
      const target = path.join(dir, `${crypto.randomUUID()}.upload`);
      sink.stream = fs.createWriteStream(target);
      sink.file = { path: target, filename: headers.filename, contentType: headers.contentType, size: 0, sha1: '', sha256: '' };
    }
    part = sink;
  };

  const consume = (): void => {
    for (;;) {
      if (state === 'preamble' || state === 'body') {
        const at = buffer.indexOf(delimiter);
        if (at < 0) {
          // Keep what could be the start of a delimiter split across chunks.
          const keep = Math.min(buffer.length, delimiter.length - 1);
          if (state === 'body') write(buffer.subarray(0, buffer.length - keep));
          buffer = buffer.subarray(buffer.length - keep);
          return;
        }
        if (state === 'body') {
          write(buffer.subarray(0, at));
          close();
        }
        const after = at + delimiter.length;
        if (buffer.length < after + 2) return;
        const marker = buffer.subarray(after, after + 2).toString('latin1');
        if (marker === '--') {
          state = 'done';
          return;
        }
        buffer = buffer.subarray(after + 2);
        state = 'headers';
      } else if (state === 'headers') {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        open(buffer.subarray(0, end).toString('utf8'));
        buffer = buffer.subarray(end + 4);
        state = 'body';
      } else {
        return;
      }
    }
  };

  return new Promise<ReceivedForm>((resolve, reject) => {
    request.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      consume();
    });
    request.on('end', () => {
      if (state !== 'done') {
        reject(new Error('multipart body ended early'));
        return;
      }
      Promise.all(pending).then(() => resolve(form), reject);
    });
    request.on('error', reject);
  });
}
