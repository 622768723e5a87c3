import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backUpDatabase, checkDatabaseFile, listBackups, restoreBackup, startBackupSchedule } from '../../../main/db/backup.js';
import { openDatabase } from '../../../main/db/database.js';
import { listJournal } from '../../../main/history/journal-queries.js';
import { recordPublication } from '../../../main/history/publication-recorder.js';
import { publicationInput } from './publication-fixture.js';

let dir: string;
let file: string;
let backups: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-backup-'));
  file = path.join(dir, 'atelier.sqlite');
  backups = path.join(dir, 'backups');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes seeded garbage over the pages after the first, as a failing disk or a bad copy would. */
function damage(target: string): void {
  const size = fs.statSync(target).size;
  const handle = fs.openSync(target, 'r+');
  let seed = 42;
  const garbage = Buffer.alloc(size - 4096, 0);
  for (let i = 0; i < garbage.length; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    garbage[i] = seed & 0xff;
  }
  fs.writeSync(handle, garbage, 0, garbage.length, 4096);
  fs.closeSync(handle);
}

describe('database backups', () => {
  it('copies the live database into a backup that holds every committed publication', async () => {
    const db = openDatabase(file);
    for (let i = 0; i < 30; i++) recordPublication(db, publicationInput({ publicationKey: `k${i}`, datasetSlug: `jeu-${i}` }));
    const info = await backUpDatabase(db, backups, new Date('2025-03-01T10:00:00Z'));
    db.close();
    expect(info.fileName).toBe('atelier-2025-03-01T10-00-00-000Z.sqlite');
    expect(listBackups(backups)).toEqual([info]);
    expect(checkDatabaseFile(path.join(backups, info.fileName))).toBe('ok');
    const copy = openDatabase(path.join(backups, info.fileName));
    expect(listJournal(copy).total).toBe(30);
    copy.close();
  });

  it('keeps 3 backups of today, the latest of each earlier day, 10 in all', async () => {
    const db = openDatabase(file);
    const taken: Date[] = [];
    for (let day = 1; day <= 12; day++) {
      for (const hour of [9, 12, 15, 18]) taken.push(new Date(2025, 2, day, hour));
    }
    for (const now of taken) await backUpDatabase(db, backups, now);
    db.close();
    const kept = listBackups(backups).map((backup) => new Date(backup.createdAt));
    const local = (date: Date): string => `${date.getDate()}/${date.getHours()}h`;
    expect(kept.map(local)).toEqual(['12/18h', '12/15h', '12/12h', '11/18h', '10/18h', '9/18h', '8/18h', '7/18h', '6/18h', '5/18h']);
  });

  it('backs up on start and again only when something changed', async () => {
    const db = openDatabase(file);
    const errors: unknown[] = [];
    const schedule = startBackupSchedule(db, backups, (error) => errors.push(error), 3_600_000);
    await schedule.backUpNow();
    expect(listBackups(backups)).toHaveLength(1);
    expect(await schedule.backUpNow()).toBeNull();
    recordPublication(db, publicationInput());
    expect(await schedule.backUpNow()).not.toBeNull();
    await schedule.stop();
    db.close();
    expect(listBackups(backups)).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});

describe('restoring a backup when the database is damaged', () => {
  it('refuses to open the damaged file, restores the chosen backup and sets the damaged file aside', async () => {
    const db = openDatabase(file);
    for (let i = 0; i < 200; i++) recordPublication(db, publicationInput({ publicationKey: `k${i}`, datasetSlug: `jeu-${i}` }));
    const backup = await backUpDatabase(db, backups);
    recordPublication(db, publicationInput({ publicationKey: 'after-backup', datasetSlug: 'apres' }));
    db.close();
    damage(file);

    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'db.corrupt' }));
    const outcome = restoreBackup(file, backups, listBackups(backups)[0]?.fileName ?? '');
    expect(outcome.restoredFrom).toBe(backup.fileName);
    expect(outcome.setAside).toMatch(/^atelier\.sqlite\.avant-restauration-/);
    expect(fs.existsSync(path.join(dir, outcome.setAside ?? ''))).toBe(true);

    const restored = openDatabase(file);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listJournal(restored).total).toBe(200);
    restored.close();
  });

  it('refuses names outside the backups folder and a damaged backup', async () => {
    const db = openDatabase(file);
    for (let i = 0; i < 200; i++) recordPublication(db, publicationInput({ publicationKey: `k${i}`, datasetSlug: `jeu-${i}` }));
    const backup = await backUpDatabase(db, backups);
    db.close();
    expect(() => restoreBackup(file, backups, '../atelier.sqlite')).toThrowError(expect.objectContaining({ code: 'db.backup-not-found' }));
    expect(() => restoreBackup(file, backups, 'atelier-2020-01-01T00-00-00-000Z.sqlite'))
      .toThrowError(expect.objectContaining({ code: 'db.backup-not-found' }));
    damage(path.join(backups, backup.fileName));
    expect(() => restoreBackup(file, backups, backup.fileName)).toThrowError(expect.objectContaining({ code: 'db.backup-corrupt' }));
    const untouched = openDatabase(file);
    expect(listJournal(untouched).total).toBe(200);
    untouched.close();
  });
});
