/**
 * Rotating backups of the app's database, made with SQLite's online backup (consistent while the
 * app keeps writing), and the way back when `PRAGMA quick_check` finds the database damaged at
 * start (`openDatabase` throws `db.corrupt`): list the backups, restore one, reopen.
 *
 * Rotation, as Actual Budget does it: up to 3 backups of today, 1 per earlier day (its latest),
 * 10 in all.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import type { DatabaseBackup, RestoreOutcome } from '../../shared/history/database-backup.js';
import type { AtelierDatabase } from './database.js';

/** One backup file, as the restore screen lists it. */
export type BackupInfo = DatabaseBackup;

/** How many backups the rotation keeps. */
export const BACKUPS_KEPT = { today: 3, total: 10 } as const;

// `atelier-2025-01-06T10-00-00-000Z.sqlite`: the UTC instant, with `-` where a name cannot hold `:`.
const BACKUP_NAME = /^atelier-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.sqlite$/;

/** The backups folder beside the database file. */
export function backupDirFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}

/**
 * Copies the open database into a new backup with SQLite's online backup, checks the copy with
 * `quick_check`, then applies the rotation. Throws `disk.full` or `db.backup-failed`.
 */
export async function backUpDatabase(db: AtelierDatabase, backupDir: string, now: Date = new Date()): Promise<BackupInfo> {
  const fileName = freeBackupName(backupDir, now);
  const target = path.join(backupDir, fileName);
  const partial = `${target}.partial`;
  try {
    fs.mkdirSync(backupDir, { recursive: true });
    await db.backup(partial);
    if (checkDatabaseFile(partial) !== 'ok') throw new Error('backup failed its quick_check');
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'disk.full' : 'db.backup-failed';
    throw new AppError(code, { file: fileName }, { cause: error });
  }
  rotateBackups(backupDir, now);
  return { fileName, createdAt: now.toISOString(), sizeBytes: fs.statSync(target).size };
}

/** The backups in the folder, newest first. */
export function listBackups(backupDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch {
    return [];
  }
  return names
    .map((fileName) => ({ fileName, createdAt: backupInstant(fileName) }))
    .filter((backup): backup is { fileName: string; createdAt: string } => backup.createdAt !== null)
    .map((backup) => ({ ...backup, sizeBytes: fs.statSync(path.join(backupDir, backup.fileName)).size }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

/**
 * Of the given backups, the names of those the rotation keeps: the 3 latest of `now`'s day, the
 * latest of each earlier day, at most 10 in all, newest first. Days are the machine's local days,
 * as the clerk counts them.
 */
export function backupsToKeep(backups: Pick<BackupInfo, 'fileName' | 'createdAt'>[], now: Date): string[] {
  const today = localDay(now);
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
  const keptDays = new Set<string>();
  const kept: string[] = [];
  let keptToday = 0;
  for (const backup of newestFirst) {
    const day = localDay(new Date(backup.createdAt));
    const keep = day === today ? keptToday++ < BACKUPS_KEPT.today : !keptDays.has(day);
    if (keep) kept.push(backup.fileName);
    keptDays.add(day);
  }
  return kept.slice(0, BACKUPS_KEPT.total);
}

/** Deletes the backups the rotation no longer keeps, and copies left unfinished by a crash. */
export function rotateBackups(backupDir: string, now: Date = new Date()): void {
  const backups = listBackups(backupDir);
  const keep = new Set(backupsToKeep(backups, now));
  for (const backup of backups) if (!keep.has(backup.fileName)) fs.rmSync(path.join(backupDir, backup.fileName), { force: true });
  for (const name of fs.readdirSync(backupDir)) {
    if (name.endsWith('.sqlite.partial')) fs.rmSync(path.join(backupDir, name), { force: true });
  }
}

/**
 * Puts a backup in place of the database. The database must be closed first; reopen it with
 * `openDatabase` afterwards. The replaced file and its `-wal`/`-shm` companions are set aside, not
 * deleted. Throws `db.backup-not-found`, `db.backup-corrupt` (the backup fails `quick_check`) or
 * `db.restore-failed`.
 */
export function restoreBackup(databaseFile: string, backupDir: string, fileName: string, now: Date = new Date()): RestoreOutcome {
  if (backupInstant(fileName) === null || path.basename(fileName) !== fileName) {
    throw new AppError('db.backup-not-found', { file: fileName.slice(0, 80) });
  }
  const backup = path.join(backupDir, fileName);
  if (!fs.existsSync(backup)) throw new AppError('db.backup-not-found', { file: fileName });
  if (checkDatabaseFile(backup) !== 'ok') throw new AppError('db.backup-corrupt', { file: fileName });
  const aside = `${databaseFile}.avant-restauration-${now.toISOString().replace(/[:.]/g, '-')}`;
  const incoming = `${databaseFile}.restoring`;
  try {
    fs.copyFileSync(backup, incoming);
    const hadDatabase = fs.existsSync(databaseFile);
    // The old -wal must not meet the restored file: SQLite would replay it into the restored pages.
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, aside + suffix);
    }
    fs.renameSync(incoming, databaseFile);
    return { restoredFrom: fileName, setAside: hadDatabase ? path.basename(aside) : null };
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    throw new AppError('db.restore-failed', { file: fileName }, { cause: error });
  }
}

/** A timer that backs up the database while the app runs. */
export interface BackupSchedule {
  /** Backs up now if anything changed since the last backup; null when nothing did. */
  backUpNow(): Promise<BackupInfo | null>;
  /** Stops the timer and waits for a backup in progress. */
  stop(): Promise<void>;
}

/**
 * Backs up at once, then every `everyMs` (15 minutes by default) when the database changed since
 * the last backup. A failed backup is reported to `onError` and retried next time; the timer never
 * keeps the process alive.
 */
export function startBackupSchedule(
  db: AtelierDatabase,
  backupDir: string,
  onError: (error: unknown) => void,
  everyMs = 15 * 60_000,
): BackupSchedule {
  const changeMark = db.prepare<[], { changes: number }>('SELECT total_changes() AS changes');
  const mark = (): string => `${changeMark.get()?.changes ?? 0}:${String(db.pragma('data_version', { simple: true }))}`;
  let lastMark: string | null = null;
  let running: Promise<BackupInfo | null> = Promise.resolve(null);
  const backUpNow = (): Promise<BackupInfo | null> => {
    running = running.then(async () => {
      const current = mark();
      if (current === lastMark) return null;
      const info = await backUpDatabase(db, backupDir);
      lastMark = current;
      return info;
    });
    return running;
  };
  const tick = (): void => {
    backUpNow().catch(onError);
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return {
    backUpNow,
    async stop() {
      clearInterval(timer);
      await running.catch(() => null);
    },
  };
}

/** `quick_check` of a database file, opened read-only; the error text when it cannot be read. */
export function checkDatabaseFile(file: string): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : 'unreadable';
  } finally {
    db?.close();
  }
}

function freeBackupName(backupDir: string, now: Date): string {
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  for (let n = 0; ; n++) {
    const name = n === 0 ? `atelier-${stamp}.sqlite` : `atelier-${stamp}-${n}.sqlite`;
    if (!fs.existsSync(path.join(backupDir, name))) return name;
  }
}

/** The instant a backup file was taken, from its name; null for any other file. */
function backupInstant(fileName: string): string | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  const instant = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}
