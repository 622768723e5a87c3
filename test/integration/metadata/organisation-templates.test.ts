import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { createOrganisationTemplateStore } from '../../../main/metadata/organisation-templates.js';
import { newDraftMetadata } from '../../../shared/metadata/new-draft.js';
import type { OrganisationTemplateInput } from '../../../shared/metadata/organisation-template.js';

let dir: string;
let db: AtelierDatabase;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-templates-'));
  db = openDatabase(path.join(dir, 'atelier.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function castelmaurou(overrides: Partial<OrganisationTemplateInput> = {}): OrganisationTemplateInput {
  return {
    name: 'Mairie de Castelmaurou',
    producer: 'Commune de Castelmaurou',
    contact: { name: 'Secrétariat de mairie', email: 'mairie@castelmaurou.fr' },
    licence: 'ODbL-1.0',
    themes: ['Administration'],
    keywords: ['castelmaurou', 'commune'],
    frequency: 'annual',
    spatial: '31118',
    language: 'fr',
    source: '',
    isDefault: false,
    ...overrides,
  };
}

describe('migration 0040-organisation-templates', () => {
  it('creates a STRICT table that refuses a non-array of keywords and a second default', () => {
    const insert = (name: string, keywords: string, isDefault: number) =>
      db.prepare(`INSERT INTO organisation_template (name, producer, licence, keywords, is_default, updated_at)
        VALUES (?, 'Commune', 'etalab-2.0', ?, ?, '2026-01-01T00:00:00Z')`).run(name, keywords, isDefault);
    insert('a', '["x"]', 1);
    expect(() => insert('b', '"x"', 0)).toThrow(/CHECK constraint failed/);
    expect(() => insert('c', '[]', 1)).toThrow(/UNIQUE constraint failed/);
    expect(() => db.prepare(`INSERT INTO organisation_template (name, producer, licence, is_default, updated_at)
      VALUES ('d', 'Commune', 'etalab-2.0', 'oui', '2026')`).run()).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});

describe('organisation templates', () => {
  it('saves a template, survives reopening, and makes the first one the default', () => {
    const store = createOrganisationTemplateStore(db, () => new Date('2026-03-01T10:00:00Z'));
    const saved = store.save(castelmaurou());
    expect(saved).toMatchObject({ name: 'Mairie de Castelmaurou', isDefault: true, updatedAt: '2026-03-01T10:00:00.000Z', keywords: ['castelmaurou', 'commune'] });
    db.close();
    db = openDatabase(path.join(dir, 'atelier.sqlite'));
    const reopened = createOrganisationTemplateStore(db);
    expect(reopened.getDefault()).toEqual(saved);
  });

  it('fills a new draft from the default template: producer, contact, licence, themes, keywords', () => {
    const store = createOrganisationTemplateStore(db);
    store.save(castelmaurou());
    const draft = newDraftMetadata(store.getDefault(), '2026-03-01');
    expect(draft).toMatchObject({
      title: '',
      producer: 'Commune de Castelmaurou',
      contact: { name: 'Secrétariat de mairie', email: 'mairie@castelmaurou.fr' },
      licence: 'ODbL-1.0',
      themes: ['Administration'],
      keywords: ['castelmaurou', 'commune'],
      frequency: 'annual',
      spatial: '31118',
      modified: '2026-03-01',
    });
  });

  it('moves the default to the template saved as default, and keeps only one', () => {
    const store = createOrganisationTemplateStore(db);
    const mairie = store.save(castelmaurou());
    const urbanisme = store.save(castelmaurou({ name: 'Service urbanisme', contact: null, isDefault: true }));
    expect(store.getDefault()?.templateId).toBe(urbanisme.templateId);
    expect(store.get(mairie.templateId).isDefault).toBe(false);
    expect(store.get(urbanisme.templateId).contact).toBeNull();
    expect(store.list().map((t) => t.name)).toEqual(['Service urbanisme', 'Mairie de Castelmaurou']);
  });

  it('updates in place, refuses a name already taken, and removes', () => {
    const store = createOrganisationTemplateStore(db);
    const mairie = store.save(castelmaurou());
    const other = store.save(castelmaurou({ name: 'CCAS' }));
    const edited = store.save({ ...castelmaurou({ licence: 'etalab-2.0' }), templateId: mairie.templateId, isDefault: true });
    expect(edited.templateId).toBe(mairie.templateId);
    expect(edited.licence).toBe('etalab-2.0');
    expect(() => store.save({ ...castelmaurou({ name: ' CCAS ' }), templateId: mairie.templateId }))
      .toThrowError(expect.objectContaining({ code: 'metadata.template-name-taken' }));
    expect(() => store.save({ ...castelmaurou({ name: 'Autre' }), templateId: 999 }))
      .toThrowError(expect.objectContaining({ code: 'metadata.template-not-found' }));
    expect(store.list()).toHaveLength(2);
    expect(store.remove(other.templateId)).toBe(true);
    expect(store.remove(other.templateId)).toBe(false);
    expect(() => store.get(other.templateId)).toThrowError(expect.objectContaining({ code: 'metadata.template-not-found' }));
  });
});
