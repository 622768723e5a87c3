import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors.js';
import type { VettedFile } from '../../../shared/publish/publication-request.js';

/**
 * Reads the vetted file once, in a stream, and checks it is the one the clerk validated (same
 * size and sha256): a file changed or removed since the click is never published. Returns its
 * sha1, the checksum udata computes, so that a retry recognises an upload already done.
 */
export async function checkVettedFile(file: VettedFile): Promise<{ sha1: string }> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file.path);
  } catch (error) {
    throw new AppError('publish.file-missing', { file: file.name }, { cause: error });
  }
  if (stat.size !== file.size) throw new AppError('publish.file-changed', { file: file.name });
  const sha1 = crypto.createHash('sha1');
  const sha256 = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file.path, { highWaterMark: 1024 * 1024 })) {
    sha1.update(chunk as Buffer);
    sha256.update(chunk as Buffer);
  }
  if (sha256.digest('hex') !== file.sha256.toLowerCase()) throw new AppError('publish.file-changed', { file: file.name });
  return { sha1: sha1.digest('hex') };
}
