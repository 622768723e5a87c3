import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database.js';
import { loadMigrations, runMigrations, schemaVersion } from '../../../main/db/migrations.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-db-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration runner', () => {
  it('brings a new database to the latest version, with WAL and foreign keys', () => {
    const db = openDatabase(path.join(dir, 'a.sqlite'));
    const latest = loadMigrations().at(-1)?.version;
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database written by a newer version of the app', () => {
    const file = path.join(dir, 'b.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 999999');
    raw.close();
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'db.newer-version' }));
  });

  it('applies a failing migration not at all (one transaction each)', () => {
    const db = new Database(':memory:');
    const migrations = [
      { version: 10, name: 'good', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 20, name: 'bad', sql: 'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => runMigrations(db, migrations)).toThrow();
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 0010-core', () => {
  it('creates STRICT recent_file and setting tables', () => {
    const db = openDatabase(path.join(dir, 'c.sqlite'));
    db.prepare('INSERT INTO recent_file (display_name, path, size_bytes, format, opened_at) VALUES (?, ?, ?, ?, ?)')
      .run('a.csv', '/tmp/a.csv', 10, 'csv', '2026-01-01T00:00:00Z');
    expect(() => db.prepare('INSERT INTO recent_file (display_name, path, size_bytes, opened_at) VALUES (?, ?, ?, ?)')
      .run('b.csv', '/tmp/b.csv', 'beaucoup', '2026-01-01')).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });
});
