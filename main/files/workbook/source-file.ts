import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors.js';

/**
 * A workbook file held open for random access. The handle is kept for the workbook's life, so a
 * file renamed or deleted meanwhile is still read whole (POSIX), and a change of size or date is
 * noticed before each read instead of yielding a mix of two versions.
 */
export class SourceFile {
  private constructor(
    readonly filePath: string,
    private readonly handle: fs.FileHandle,
    readonly size: number,
    private readonly mtimeMs: number,
  ) {}

  /** The name shown to the clerk in messages (never the full path). */
  get name(): string {
    return path.basename(this.filePath);
  }

  /** Opens the file, turning the operating system's refusals into coded errors. */
  static async open(filePath: string): Promise<SourceFile> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(filePath, 'r');
    } catch (error) {
      throw fileSystemError(error, filePath);
    }
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw new AppError('file.unknown-format', { file: path.basename(filePath) });
      return new SourceFile(filePath, handle, stat.size, stat.mtimeMs);
    } catch (error) {
      await handle.close();
      throw error instanceof AppError ? error : fileSystemError(error, filePath);
    }
  }

  /** Reads `length` bytes at `position` (fewer at the end of the file). */
  async read(position: number, length: number): Promise<Buffer> {
    const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, this.size - position)));
    let filled = 0;
    try {
      while (filled < buffer.length) {
        const { bytesRead } = await this.handle.read(buffer, filled, buffer.length - filled, position + filled);
        if (bytesRead === 0) throw new AppError('file.changed-while-open', { file: this.name });
        filled += bytesRead;
      }
    } catch (error) {
      throw error instanceof AppError ? error : fileSystemError(error, this.filePath);
    }
    return buffer;
  }

  /** The whole file, for the formats read in one piece. */
  readAll(): Promise<Buffer> {
    return this.read(0, this.size);
  }

  /** Refuses to go on when the file was rewritten since it was opened. */
  async assertUnchanged(): Promise<void> {
    let stat;
    try {
      stat = await this.handle.stat();
    } catch (error) {
      throw fileSystemError(error, this.filePath);
    }
    if (stat.size !== this.size || stat.mtimeMs !== this.mtimeMs) {
      throw new AppError('file.changed-while-open', { file: this.name });
    }
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/** Maps an operating-system error to the code a clerk's message exists for. */
export function fileSystemError(error: unknown, filePath: string): AppError {
  const file = path.basename(filePath);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('file.not-found', { file }, { cause: error });
  // Windows reports a file opened exclusively by Excel as EBUSY or EPERM.
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'ETXTBSY') {
    return new AppError('file.locked', { file }, { cause: error });
  }
  if (code === 'EISDIR') return new AppError('file.unknown-format', { file }, { cause: error });
  return new AppError('file.corrupt', { file, reason: code ?? 'io' }, { cause: error });
}
