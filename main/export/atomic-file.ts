/**
 * Writes a file so that it is either complete or absent (issue 5 « written atomically »): the
 * bytes go to a temporary file in the target's folder, are flushed to disk (fsync), checked, and
 * only then renamed over the target. A crash, a full disk or a locked target leaves no half file
 * under the target's name, and says so with a coded error the clerk reads in French.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';

/** The suffix of temporary files, so that ones abandoned by a killed process can be recognised. */
export const PART_FILE_SUFFIX = '.atelier-part';
const PART_FILE = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.atelier-part$/;

/** Where the bytes go while the file is being written. */
export interface AtomicSink {
  /** Path of the temporary file (for a check that reads it back before the rename). */
  readonly tempPath: string;
  write(bytes: Uint8Array): Promise<void>;
}

/** What to do once every byte is on disk, before the rename: throwing abandons the file. */
export type BeforeCommit = (tempPath: string) => Promise<void>;

/**
 * Writes `target` through `produce`. The temporary file is removed on any failure, including
 * `beforeCommit` refusing it; the target is never touched unless everything succeeded.
 */
export async function writeFileAtomically<T>(
  target: string,
  produce: (sink: AtomicSink) => Promise<T>,
  beforeCommit?: BeforeCommit,
): Promise<T> {
  const dir = path.dirname(target);
  const tempPath = path.join(dir, `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}${PART_FILE_SUFFIX}`);
  let handle: fs.promises.FileHandle | null = null;
  try {
    handle = await fs.promises.open(tempPath, 'wx', 0o644);
    const open = handle;
    const result = await produce({
      tempPath,
      write: async (bytes) => {
        let offset = 0;
        while (offset < bytes.length) {
          const { bytesWritten } = await open.write(bytes, offset, bytes.length - offset);
          offset += bytesWritten;
        }
      },
    });
    await handle.sync();
    await handle.close();
    handle = null;
    if (beforeCommit) await beforeCommit(tempPath);
    await fs.promises.rename(tempPath, target);
    await syncFolder(dir);
    return result;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.promises.rm(tempPath, { force: true }).catch(() => undefined);
    throw diskError(error, target);
  }
}

/** Makes the rename itself durable where the OS allows syncing a folder (not on Windows). */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const folder = await fs.promises.open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** The coded error for a failed write: full disk, locked or protected target, or any other failure. */
export function diskError(error: unknown, target: string): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Error && error.name === 'AbortError') return new AppError('job.cancelled', undefined, { cause: error });
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const details = { file: path.basename(target) };
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('disk.full', details, { cause: error });
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS' || code === 'ETXTBSY') {
    return new AppError('disk.target-locked', details, { cause: error });
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('export.folder-missing', details, { cause: error });
  return new AppError('disk.write-failed', details, { cause: error });
}

/**
 * Removes the temporary files a killed process left in a folder (its pid is in the name and is
 * no longer running). Run before each export into that folder. Returns how many were removed.
 */
export async function removeAbandonedPartFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = PART_FILE.exec(name);
    if (!match || processIsAlive(Number(match[2]))) continue;
    await fs.promises.rm(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
