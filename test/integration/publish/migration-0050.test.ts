import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-0050-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 0050-portals-outbox', () => {
  it('creates STRICT profile, portal dataset and outbox tables that refuse impossible values', () => {
    const db = openDatabase(path.join(dir, 'a.sqlite'));
    const now = new Date().toISOString();
    db.prepare("INSERT INTO portal_profile (label, engine, base_url, created_at, updated_at) VALUES ('p', 'udata', 'https://demo.data.gouv.fr', ?, ?)").run(now, now);
    expect(() => db.prepare("INSERT INTO portal_profile (label, engine, base_url, created_at, updated_at) VALUES ('p', 'socrata', 'https://x', ?, ?)").run(now, now)).toThrow(/CHECK/);
    db.prepare("INSERT INTO portal_dataset (profile_id, publication_key, remote_name, created_at, updated_at) VALUES (1, 'k', 'n', ?, ?)").run(now, now);
    const insert = db.prepare(
      "INSERT INTO publication_outbox (profile_id, publication_key, version, title, request, status, step, created_at, updated_at) VALUES (1, 'k', 1, 't', '{}', ?, 'locate', ?, ?)",
    );
    insert.run('queued', now, now);
    expect(() => insert.run('publié', now, now)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE publication_outbox SET attempt = 'deux'").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.prepare('DELETE FROM portal_profile WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM publication_outbox').get()).toEqual({ n: 0 });
    db.close();
  });
});
