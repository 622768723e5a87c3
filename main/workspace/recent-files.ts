import fs from 'node:fs';
import type { RecentFile, SourceFormat } from '../../shared/api/files-api.js';
import { AppError } from '../../shared/errors.js';
import type { AtelierDatabase } from '../db/database.js';

/** How many recent files the home screen lists. */
const RECENT_LIMIT = 12;

interface RecentRow {
  id: number;
  display_name: string;
  path: string;
  size_bytes: number;
  format: string | null;
  opened_at: string;
}

/** The list of recently opened files, in SQLite (table `recent_file`, migration 0010). */
export class RecentFiles {
  private readonly upsert;
  private readonly list_;
  private readonly byId;
  private readonly trim;

  constructor(db: AtelierDatabase) {
    this.upsert = db.prepare<[string, string, number, string | null, string]>(
      `INSERT INTO recent_file (display_name, path, size_bytes, format, opened_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (path) DO UPDATE SET display_name = excluded.display_name, size_bytes = excluded.size_bytes,
         format = coalesce(excluded.format, recent_file.format), opened_at = excluded.opened_at`,
    );
    this.list_ = db.prepare<[number], RecentRow>('SELECT * FROM recent_file ORDER BY opened_at DESC, id DESC LIMIT ?');
    this.byId = db.prepare<[number], RecentRow>('SELECT * FROM recent_file WHERE id = ?');
    this.trim = db.prepare<[number]>(
      'DELETE FROM recent_file WHERE id NOT IN (SELECT id FROM recent_file ORDER BY opened_at DESC, id DESC LIMIT ?)',
    );
  }

  /** Records that a file was opened now. */
  remember(filePath: string, displayName: string, size: number, format: SourceFormat | null, at = new Date()): void {
    this.upsert.run(displayName, filePath, size, format, at.toISOString());
    this.trim.run(RECENT_LIMIT * 4);
  }

  /** The most recent files first, each saying whether it is still on disk. */
  list(): RecentFile[] {
    return this.list_.all(RECENT_LIMIT).map((row) => ({
      recentId: row.id,
      name: row.display_name,
      size: row.size_bytes,
      format: (row.format as SourceFormat | null) ?? null,
      openedAt: row.opened_at,
      available: fs.existsSync(row.path),
    }));
  }

  /** The path of a recent file. */
  pathOf(recentId: number): { path: string; name: string } {
    const row = this.byId.get(recentId);
    if (!row) throw new AppError('file.unknown-id');
    return { path: row.path, name: row.display_name };
  }
}
