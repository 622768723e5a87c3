import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '../../shared/api/files-api.js';
import { AppError } from '../../shared/errors.js';

interface RegisteredFile extends FileRef {
  path: string;
}

/**
 * The files main knows by opaque ids (DESIGN.md: the renderer never names a path). A file gets an
 * id when the clerk picks it in a dialog, drops it, uploads it (browser mode) or reopens a recent
 * one; only main maps the id back to a path.
 */
export class FileRegistry {
  private readonly files = new Map<string, RegisteredFile>();

  /** Registers a file on disk and returns its reference. */
  register(filePath: string): FileRef {
    const absolute = path.resolve(filePath);
    let size: number;
    try {
      const stat = fs.statSync(absolute);
      if (!stat.isFile()) throw new AppError('file.not-found', { file: path.basename(absolute) });
      size = stat.size;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('file.not-found', { file: path.basename(absolute) }, { cause: error });
    }
    for (const known of this.files.values()) {
      if (known.path === absolute) {
        known.size = size;
        return { fileId: known.fileId, name: known.name, size };
      }
    }
    const file: RegisteredFile = { fileId: `file-${randomUUID()}`, name: path.basename(absolute), size, path: absolute };
    this.files.set(file.fileId, file);
    return { fileId: file.fileId, name: file.name, size };
  }

  /** Registers a file under a display name other than its base name (uploads). */
  registerAs(filePath: string, displayName: string): FileRef {
    const ref = this.register(filePath);
    const file = this.files.get(ref.fileId);
    if (file) file.name = displayName;
    return { ...ref, name: displayName };
  }

  /** The path behind an id. */
  pathOf(fileId: string): string {
    const file = this.files.get(fileId);
    if (!file) throw new AppError('file.unknown-id');
    return file.path;
  }

  /** The reference behind an id. */
  refOf(fileId: string): FileRef {
    const file = this.files.get(fileId);
    if (!file) throw new AppError('file.unknown-id');
    return { fileId: file.fileId, name: file.name, size: file.size };
  }
}
