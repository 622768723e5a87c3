import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AppError, isAppError } from '../../shared/errors.js';

/** The name shown to the clerk in every message about a file: its base name, never its path. */
export function displayName(filePath: string): string {
  return path.basename(filePath);
}

/**
 * Turns whatever went wrong while reading a file into an `AppError` naming the file: missing,
 * locked by another program (Windows reports EBUSY/EPERM/EACCES), or an error of ours that
 * lacks the file name.
 */
export function fileError(filePath: string, error: unknown): AppError {
  const file = displayName(filePath);
  if (isAppError(error)) {
    if (error.details && 'file' in error.details) return error;
    return new AppError(error.code, { ...error.details, file }, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('file.not-found', { file }, { cause: error });
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'ETXTBSY') return new AppError('file.locked', { file }, { cause: error });
  if (code === 'EISDIR') return new AppError('file.not-found', { file }, { cause: error });
  if (code === 'ENOMEM' || (error instanceof RangeError && /memory|allocation/i.test(error.message))) {
    return new AppError('file.too-large', { file }, { cause: error });
  }
  return new AppError('file.unreadable', { file, reason: code ?? 'inconnue' }, { cause: error });
}

/** Size and modification time of a file when it was opened, to notice it changing later. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** An open file for random reads, that notices when the file is changed or deleted meanwhile. */
export class SourceFile {
  private constructor(
    readonly filePath: string,
    private readonly handle: FileHandle,
    readonly stamp: FileStamp,
  ) {}

  /** Opens a file for reading; every failure is an `AppError` naming the file. */
  static async open(filePath: string): Promise<SourceFile> {
    try {
      const handle = await open(filePath, 'r');
      const info = await handle.stat();
      if (info.isDirectory()) {
        await handle.close();
        throw new AppError('file.not-found', { file: displayName(filePath) });
      }
      return new SourceFile(filePath, handle, { size: info.size, mtimeMs: info.mtimeMs });
    } catch (error) {
      throw fileError(filePath, error);
    }
  }

  get size(): number {
    return this.stamp.size;
  }

  /** Reads up to `length` bytes at `position` into `buffer` at `offset`; returns the count read. */
  async read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<number> {
    try {
      const { bytesRead } = await this.handle.read(buffer, offset, length, position);
      return bytesRead;
    } catch (error) {
      throw fileError(this.filePath, error);
    }
  }

  /** Fails with `file.changed-while-open` when the file on disk is no longer the one read. */
  async checkUnchanged(): Promise<void> {
    let now;
    try {
      now = await stat(this.filePath);
    } catch (error) {
      throw new AppError('file.changed-while-open', { file: displayName(this.filePath) }, { cause: error });
    }
    if (now.size !== this.stamp.size || now.mtimeMs !== this.stamp.mtimeMs) {
      throw new AppError('file.changed-while-open', { file: displayName(this.filePath) });
    }
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
