import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import { runMigrations } from './migrations.js';

/** The app's one SQLite database, opened with the settings every table relies on. */
export type AtelierDatabase = Database.Database;

/**
 * Opens (creating if needed) the database file, sets WAL, foreign keys and a busy timeout, checks
 * it with `PRAGMA quick_check` and applies pending migrations.
 */
export function openDatabase(file: string): AtelierDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: AtelierDatabase;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('db.corrupt', { file: path.basename(file) });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('db.corrupt', { file: path.basename(file) }, { cause: error });
  }
  runMigrations(db);
  return db;
}
