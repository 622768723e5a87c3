import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** A text field of a multipart form. */
export interface MultipartText {
  name: string;
  value: string;
}

/** A file part read from disk, whole or a byte range (`end` exclusive) for chunked uploads. */
export interface MultipartFile {
  name: string;
  filename: string;
  contentType: string;
  path: string;
  start?: number;
  end?: number;
  /** Size of the file or range; known beforehand so that `Content-Length` can be sent. */
  size: number;
}

/** A request body produced on demand from disk: opened once per attempt, never held in memory. */
export interface StreamingBody {
  contentType: string;
  length: number;
  open(): Readable;
}

function escapeQuoted(value: string): string {
  return value.replace(/[\r\n]/g, ' ').replace(/"/g, '%22');
}

/**
 * A `multipart/form-data` body whose file parts stream from disk, with an exact `Content-Length`
 * (some proxies refuse chunked transfer, and the 413 of a proxy comes from that length).
 */
export function multipartBody(parts: (MultipartText | MultipartFile)[]): StreamingBody {
  const boundary = `----atelier${randomBytes(12).toString('hex')}`;
  const pieces: (Buffer | MultipartFile)[] = [];
  for (const part of parts) {
    if ('value' in part) {
      pieces.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(part.name)}"\r\n\r\n${part.value}\r\n`,
          'utf8',
        ),
      );
    } else {
      pieces.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(part.name)}"; ` +
            `filename="${escapeQuoted(part.filename)}"\r\nContent-Type: ${part.contentType}\r\n\r\n`,
          'utf8',
        ),
        part,
        Buffer.from('\r\n', 'utf8'),
      );
    }
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  const length = pieces.reduce((sum, piece) => sum + (Buffer.isBuffer(piece) ? piece.length : piece.size), 0);

  async function* generate(): AsyncGenerator<Buffer> {
    for (const piece of pieces) {
      if (Buffer.isBuffer(piece)) {
        yield piece;
        continue;
      }
      const range = piece.size === 0 ? null : { start: piece.start ?? 0, end: (piece.start ?? 0) + piece.size - 1 };
      if (!range) continue;
      const stream = fs.createReadStream(piece.path, { ...range, highWaterMark: 256 * 1024 });
      for await (const chunk of stream) yield chunk as Buffer;
    }
  }

  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length,
    open: () => Readable.from(generate(), { objectMode: false }),
  };
}
