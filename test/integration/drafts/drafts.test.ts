import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database.js';
import { DraftRepository } from '../../../main/drafts/draft-repository.js';
import { decideColumn, newDraftContent, recordScan, renameColumn, undoDecision } from '../../../shared/decisions/draft-changes.js';
import { decisionFor } from '../../../shared/decisions/decision-history.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-drafts-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const columns = [
  { index: 0, name: 'id', type: 'integer' as const },
  { index: 1, name: 'courriel', type: 'text' as const },
  { index: 2, name: 'commune', type: 'text' as const },
];

function startDraft(repo: DraftRepository) {
  return repo.create({
    sourcePath: '/srv/partage/aides.csv',
    sourceSize: 1234,
    sourceModifiedAt: '2026-01-02T03:04:05.000Z',
    content: newDraftContent('aides.csv', { delimiter: ';' }, { title: 'Aides versées' }),
  });
}

describe('drafts', () => {
  it('are saved on every change and restored, with their undo history, when the app reopens', () => {
    const file = path.join(dir, 'atelier.sqlite');
    let db = openDatabase(file);
    let repo = new DraftRepository(db);
    const draft = startDraft(repo);
    repo.update(draft.id, (content) => recordScan(content, columns, [], []));
    repo.update(draft.id, (content) => decideColumn(content, 1, { kind: 'drop' }));
    const saved = repo.update(draft.id, (content) => renameColumn(content, 2, 'commune_insee'));
    expect(saved.revision).toBe(4);
    db.close();

    db = openDatabase(file);
    repo = new DraftRepository(db);
    const [restored] = repo.list();
    expect(restored?.id).toBe(draft.id);
    expect(restored?.sourcePath).toBe('/srv/partage/aides.csv');
    expect(restored?.content).toEqual(saved.content);
    expect(restored?.content.metadata.title).toBe('Aides versées');
    const undone = repo.update(draft.id, (content) => undoDecision(undoDecision(content)));
    expect(decisionFor(undone.content.decisions.present, 1)).toBeUndefined();
    db.close();
  });

  it('lists the most recently changed first, and are discarded explicitly', () => {
    let tick = 0;
    const db = openDatabase(path.join(dir, 'a.sqlite'));
    const repo = new DraftRepository(db, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)));
    const first = startDraft(repo);
    const second = startDraft(repo);
    repo.update(first.id, (content) => ({ ...content, metadata: { title: 'Modifié' } }));
    expect(repo.list().map((d) => d.id)).toEqual([first.id, second.id]);
    expect(repo.discard(first.id)).toBe(true);
    expect(repo.discard(first.id)).toBe(false);
    expect(repo.find(first.id)).toBeNull();
    expect(() => repo.update(first.id, (content) => content)).toThrowError(expect.objectContaining({ code: 'draft.unknown-id' }));
    db.close();
  });

  it('keeps the previous save when a change fails halfway', () => {
    const db = openDatabase(path.join(dir, 'b.sqlite'));
    const repo = new DraftRepository(db);
    const draft = startDraft(repo);
    expect(() => repo.update(draft.id, () => {
      throw new Error('crash while changing');
    })).toThrow('crash while changing');
    expect(repo.require(draft.id).revision).toBe(1);
    db.close();
  });

  it('forgets decisions of columns that moved or changed name at a new scan', () => {
    const db = openDatabase(path.join(dir, 'c.sqlite'));
    const repo = new DraftRepository(db);
    const draft = startDraft(repo);
    repo.update(draft.id, (content) => recordScan(content, columns, [], []));
    repo.update(draft.id, (content) => decideColumn(decideColumn(content, 1, { kind: 'drop' }), 2, { kind: 'mask' }));
    const rescanned = repo.update(draft.id, (content) =>
      recordScan(content, [columns[0]!, { index: 1, name: 'telephone', type: 'text' }, columns[2]!], [], []));
    expect(decisionFor(rescanned.content.decisions.present, 1)).toBeUndefined();
    expect(decisionFor(rescanned.content.decisions.present, 2)).toEqual({ kind: 'mask' });
    db.close();
  });
});

describe('migration 0020-drafts', () => {
  it('creates a STRICT draft table that refuses malformed JSON', () => {
    const db = openDatabase(path.join(dir, 'd.sqlite'));
    const insert = (decisions: string, size: unknown) => db.prepare(`INSERT INTO draft (id, source_path, source_name, source_size,
      source_modified_at, read_options, columns, findings, quasi_identifiers, dismissals, decisions, metadata, output_options,
      preflight, revision, created_at, updated_at) VALUES ('x', '/a', 'a', ?, 't', '{}', '[]', '[]', '[]', '[]', ?, '{}', '{}', NULL, 1, 't', 't')`)
      .run(size, decisions);
    expect(() => insert('{pas du json', 1)).toThrow(/CHECK constraint failed/);
    expect(() => insert('{}', 'gros')).toThrow(/cannot store TEXT value in INTEGER column/);
    insert('{}', 1);
    expect(db.prepare('SELECT count(*) AS n FROM draft').get()).toEqual({ n: 1 });
    db.close();
  });
});
