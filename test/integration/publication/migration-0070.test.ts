import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database.js';
import { PublicationLinks } from '../../../main/publication/publication-links.js';

describe('migration 0070-publication-links', () => {
  it('creates STRICT link tables; a draft keeps one dataset key, reused on every call', () => {
    const db = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-0070-')), 'a.sqlite'));
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('draft_dataset', 'outbox_publication', 'publication_dataset')").all() as { name: string; sql: string }[];
    expect(tables.map((table) => table.name).sort()).toEqual(['draft_dataset', 'outbox_publication', 'publication_dataset']);
    for (const table of tables) expect(table.sql).toMatch(/STRICT/);

    const links = new PublicationLinks(db);
    const key = links.datasetKeyOf('draft-1');
    expect(key).toMatch(/^jeu-/);
    expect(links.datasetKeyOf('draft-1')).toBe(key);
    expect(links.datasetKeyOf('draft-2')).not.toBe(key);
    expect(links.publicationOf(42)).toBeNull();
    // A link must point at a recorded publication (foreign keys are on).
    expect(() => links.link(42, 999)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
