import { describe, expect, it } from 'vitest';
import { OFFICIAL_SCHEMAS } from '../../../shared/table-schema/bundle/index.js';
import { findOfficialSchema, suggestSchemas } from '../../../shared/table-schema/suggest-schemas.js';

const headersOf = (name: string): string[] => findOfficialSchema(name)?.schema.fields.map((field) => field.name) ?? [];

describe('the bundle of official schemas', () => {
  it('holds the SCDL schemas communes use most, IRVE and arbres, each named, versioned and sourced', () => {
    expect(OFFICIAL_SCHEMAS.map((s) => s.name)).toEqual([
      'scdl/subventions', 'scdl/marches-publics', 'scdl/deliberations', 'scdl/equipements', 'scdl/budget', 'scdl/catalogue',
      'etalab/schema-irve-statique', 'NaturalSolutions/schema-arbre',
    ]);
    for (const official of OFFICIAL_SCHEMAS) {
      expect(official.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(official.sourceUrl).toMatch(/^https:\/\//);
      expect(official.schema.fields.length).toBeGreaterThan(10);
    }
  });
});

describe('schema suggestion from headers', () => {
  it('puts the right schema first for every bundled schema, with a full score', () => {
    for (const official of OFFICIAL_SCHEMAS) {
      const [best] = suggestSchemas(headersOf(official.name));
      expect(best).toMatchObject({ name: official.name, version: official.version, score: 1 });
    }
  });

  it('recognises columns written differently, and a table with a few extra or missing columns', () => {
    const headers = ['Coll nom', 'coll_siret', 'Délib ID', 'DELIB DATE', 'delib_matiere_code', 'DELIB_MATIERE_NOM', 'delib_objet', 'Commentaire interne'];
    const [best] = suggestSchemas(headers);
    expect(best?.name).toBe('scdl/deliberations');
    expect(best?.matched).toBe(7);
    expect(best?.score).toBeGreaterThan(0.5);
  });

  it('proposes nothing for an unrelated table', () => {
    expect(suggestSchemas(['Nom', 'Prénom', 'Date de naissance', 'Classe'])).toEqual([]);
    expect(suggestSchemas([])).toEqual([]);
  });

  it('finds a bundled schema by name, with or without its version', () => {
    expect(findOfficialSchema('scdl/subventions')?.version).toBe('2.0.1');
    expect(findOfficialSchema('etalab/schema-irve-statique', 'v2.3.0')?.title).toBe('IRVE statique');
    expect(findOfficialSchema('scdl/subventions', '9.9.9')).toBeUndefined();
  });
});
