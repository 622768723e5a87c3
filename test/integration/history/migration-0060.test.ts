import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { publicationDetail } from '../../../main/history/journal-queries.js';
import { appendPublicationEvent, recordPublication } from '../../../main/history/publication-recorder.js';
import { publicationInput } from './publication-fixture.js';

let dir: string;
let db: AtelierDatabase;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-0060-'));
  db = openDatabase(path.join(dir, 'atelier.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 0060-history', () => {
  it('creates STRICT tables that refuse malformed values', () => {
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list
      WHERE name IN ('publication', 'publication_content', 'publication_event', 'publication_state') ORDER BY name`).all();
    expect(strict).toEqual([
      { name: 'publication', strict: 1 },
      { name: 'publication_content', strict: 1 },
      { name: 'publication_event', strict: 1 },
      { name: 'publication_state', strict: 1 },
    ]);
    const { publicationId } = recordPublication(db, publicationInput());
    const insertEvent = db.prepare('INSERT INTO publication_event (publication_id, type, at, details, recorded_at) VALUES (?, ?, ?, ?, ?)');
    expect(() => insertEvent.run(publicationId, 'erased', '2025-01-01T00:00:00Z', '{}', '2025-01-01T00:00:00Z')).toThrow(/CHECK constraint/);
    expect(() => insertEvent.run(publicationId, 'published', '2025-01-01T00:00:00Z', '{pas du json', '2025-01-01T00:00:00Z')).toThrow(/CHECK constraint/);
    expect(() => insertEvent.run(9999, 'published', '2025-01-01T00:00:00Z', '{}', '2025-01-01T00:00:00Z')).toThrow(/FOREIGN KEY/);
  });
});

describe('the append-only rule, enforced by the database itself', () => {
  it('refuses to rewrite or delete a recorded publication or any of its events, whoever asks', () => {
    const { publicationId } = recordPublication(db, publicationInput());
    appendPublicationEvent(db, publicationId, { type: 'published', at: '2025-01-06T10:01:00Z' });
    const before = publicationDetail(db, publicationId);

    const attempts = [
      "UPDATE publication SET dataset_title = 'Autre chose'",
      "UPDATE publication SET source_sha256 = source_sha256",
      'DELETE FROM publication',
      "UPDATE publication_content SET decisions = '[]'",
      'DELETE FROM publication_content',
      "UPDATE publication_event SET type = 'withdrawn'",
      "UPDATE publication_event SET at = '2020-01-01T00:00:00.000Z'",
      'DELETE FROM publication_event',
      'DELETE FROM publication_state',
      // The summary cannot be moved to a status its events do not account for.
      "UPDATE publication_state SET status = 'withdrawn'",
      'UPDATE publication_state SET event_count = event_count + 5',
    ];
    for (const sql of attempts) expect(() => db.exec(sql), sql).toThrow('history.append-only');
    expect(publicationDetail(db, publicationId)).toEqual(before);
  });
});
