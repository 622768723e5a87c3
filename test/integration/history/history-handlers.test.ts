import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backUpDatabase } from '../../../main/db/backup.js';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { createHistoryHandlers } from '../../../main/history/history-handlers.js';
import { appendPublicationEvent, recordPublication } from '../../../main/history/publication-recorder.js';
import { historyRequestSchemas } from '../../../shared/api/history-api.js';
import { publicationInput, sha256Of } from './publication-fixture.js';

let dir: string;
let file: string;
let open: AtelierDatabase | null;
const context = { host: 'web' as const };

function handlers() {
  return createHistoryHandlers({
    database: () => (open ??= openDatabase(file)),
    closeDatabase: () => {
      open?.close();
      open = null;
    },
    databaseFile: file,
    backupDir: path.join(dir, 'backups'),
    now: () => new Date('2025-03-01T09:00:00Z'),
  });
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-history-api-'));
  file = path.join(dir, 'atelier.sqlite');
  open = null;
});
afterEach(() => {
  open?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('history request schemas', () => {
  const ajv = new Ajv2020({ allErrors: false, strict: true, useDefaults: false, coerceTypes: false });
  const validate = (method: keyof typeof historyRequestSchemas, payload: unknown): boolean => ajv.validate(historyRequestSchemas[method], payload);

  it('accept what the journal screen sends and refuse anything else', () => {
    expect(validate('history:list', {})).toBe(true);
    expect(validate('history:list', { text: 'délibération', statuses: ['published'], recordedFrom: '2025-01-01T00:00:00+01:00', sort: 'title', limit: 100 })).toBe(true);
    expect(validate('history:list', { statuses: ['erased'] })).toBe(false);
    expect(validate('history:list', { limit: 100_000 })).toBe(false);
    expect(validate('history:list', { recordedFrom: 'hier' })).toBe(false);
    expect(validate('history:list', { sql: 'DROP TABLE publication' })).toBe(false);
    expect(validate('history:detail', { publicationId: 0 })).toBe(false);
    expect(validate('history:restore-backup', { fileName: '../atelier.sqlite' })).toBe(false);
    expect(validate('history:restore-backup', { fileName: 'atelier-2025-03-01T09-00-00-000Z.sqlite' })).toBe(true);
  });
});

describe('history handlers', () => {
  it('list, open, compare, prepare a new version and export, in plain JSON without paths', async () => {
    const api = handlers();
    const db = (open = openDatabase(file));
    const v1 = recordPublication(db, publicationInput({ publicationKey: 'v1' })).publicationId;
    appendPublicationEvent(db, v1, { type: 'published', at: '2025-01-06T10:01:00Z' });
    const v2 = recordPublication(db, publicationInput({
      publicationKey: 'v2',
      recordedAt: '2025-02-06T10:00:00Z',
      output: { ...publicationInput().output, sha256: sha256Of('output v2'), rowCount: 250 },
    })).publicationId;

    const page = await api['history:list']({ text: 'deliberation' }, context);
    expect(page.items.map((entry) => entry.version)).toEqual([2, 1]);
    const detail = await api['history:detail']({ publicationId: v1 }, context);
    expect(detail.versions.map((version) => version.publicationId)).toEqual([v1, v2]);
    expect((await api['history:compare']({ firstId: v1, secondId: v2 }, context)).rows.change).toBe(38);
    expect((await api['history:previous-version']({ publicationId: v1 }, context)).nextVersion).toBe(3);
    const csv = await api['history:export-journal']({ query: {} }, context);
    expect(csv).toMatchObject({ fileName: 'journal-des-publications-2025-03-01.csv', mediaType: 'text/csv;charset=utf-8' });
    const report = await api['history:export-report']({ publicationId: v2 }, context);
    expect(report.fileName).toBe('rapport-deliberations-conseil-municipal-v2.html');
    for (const response of [page, detail, csv, report]) {
      expect(JSON.parse(JSON.stringify(response))).toEqual(response);
      expect(JSON.stringify(response)).not.toContain('/srv/partage');
    }
    await expect(Promise.resolve().then(() => api['history:detail']({ publicationId: 999 }, context)))
      .rejects.toMatchObject({ code: 'history.not-found' });
  });

  it('lists the backups and restores one even when the database cannot be opened', async () => {
    const api = handlers();
    const db = (open = openDatabase(file));
    for (let i = 0; i < 150; i++) recordPublication(db, publicationInput({ publicationKey: `k${i}`, datasetSlug: `jeu-${i}` }));
    await backUpDatabase(db, path.join(dir, 'backups'));
    db.close();
    open = null;
    fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 0x5a));

    expect(() => api['history:list']({}, context)).toThrowError(expect.objectContaining({ code: 'db.corrupt' }));
    const backups = await api['history:backups']({}, context);
    expect(backups).toHaveLength(1);
    const outcome = await api['history:restore-backup']({ fileName: backups[0]?.fileName ?? '' }, context);
    expect(outcome.restoredFrom).toBe(backups[0]?.fileName);
    expect((await api['history:list']({}, context)).total).toBe(150);
  });
});
