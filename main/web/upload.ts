import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors.js';

/** A name safe to keep on disk, from the name the browser gave. */
export function safeUploadName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(base, (char) => (char.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(char) ? '_' : char))
    .join('').replace(/^\.+/, '').trim().slice(0, 180);
  return cleaned || 'fichier';
}

/**
 * Streams a file the browser sends into `uploads/` of the data folder (browser mode keeps its own
 * copy: a page cannot hand over a path). A failed upload leaves nothing behind.
 */
export async function receiveUpload(request: IncomingMessage, dataDir: string, name: string): Promise<string> {
  const folder = path.join(dataDir, 'uploads', randomUUID());
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, safeUploadName(name));
  try {
    await pipeline(request, fs.createWriteStream(target, { flags: 'wx' }));
    return target;
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new AppError('disk.full', { file: safeUploadName(name) }, { cause: error });
    throw new AppError('disk.write-failed', { file: safeUploadName(name) }, { cause: error });
  }
}
