import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors.js';
import path from 'node:path';

/** A file as the history remembers it: size, last modification and SHA-256 of its bytes. */
export interface FileFingerprint {
  sizeBytes: number;
  modifiedAt: string;
  sha256: string;
}

/** Hashes a file by streaming it (constant memory, any size). */
export async function fingerprintFile(file: string): Promise<FileFingerprint> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (error) {
    throw new AppError('file.not-found', { file: path.basename(file) }, { cause: error });
  }
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return { sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString(), sha256: hash.digest('hex') };
}
