import { describe, expect, it } from 'vitest';
import type { ComparableVersion } from '../../../shared/history/compare-versions.js';
import { canonicalJson, compareVersions } from '../../../shared/history/compare-versions.js';
import type { DatasetMetadata } from '../../../shared/metadata/model.js';

const metadata: DatasetMetadata = {
  title: 'Subventions',
  description: 'Subventions aux associations.',
  keywords: ['associations'],
  themes: [],
  producer: 'Commune',
  contact: { name: 'Vie associative', email: 'asso@commune.example' },
  licence: 'etalab-2.0',
  frequency: 'annual',
  temporal: { start: '2024-01-01', end: '2024-12-31' },
  spatial: '31555',
  language: 'fr',
  source: 'Tableur',
  modified: '2024-12-31',
  schema: null,
};

function version(overrides: Partial<ComparableVersion>): ComparableVersion {
  return {
    publicationId: 1,
    version: 1,
    recordedAt: '2025-01-01T00:00:00.000Z',
    datasetSlug: 'subventions',
    portal: { profileName: 'Portail', engine: 'ckan', baseUrl: null },
    source: { name: 'a.csv', sizeBytes: 1, modifiedAt: '2025-01-01T00:00:00.000Z', sha256: 'a'.repeat(64), format: 'csv', sheet: null, headerRow: 1, encoding: 'utf-8', columns: ['Bénéficiaire', 'Montant'] },
    output: { name: 'a.csv', sha256: 'b'.repeat(64), rowCount: 10, columnCount: 2, columns: ['Bénéficiaire', 'Montant'] },
    decisions: [{ columnName: 'Bénéficiaire', action: 'keep', justification: 'Personnes morales uniquement', legalBasis: 'legal-persons-only' }],
    metadata,
    ...overrides,
  };
}

describe('comparing two versions', () => {
  it('finds nothing between a version and itself', () => {
    const same = compareVersions(version({}), version({}));
    expect(same).toMatchObject({ sameDataset: true, sourceChanged: false, decisions: [], metadata: [], rows: { change: 0 } });
    expect(same.sourceColumns).toEqual({ added: [], removed: [] });
  });

  it('reports columns, decisions, counts and metadata that changed', () => {
    const older = version({});
    const newer = version({
      publicationId: 2,
      version: 2,
      source: { ...older.source, sha256: 'c'.repeat(64), columns: ['Bénéficiaire', 'Montant', 'Adresse'] },
      output: { ...older.output, rowCount: 7, columnCount: 2, columns: ['Bénéficiaire', 'Montant'] },
      decisions: [
        { columnName: 'Bénéficiaire', action: 'keep', justification: 'Personnes morales uniquement', legalBasis: 'legal-persons-only' },
        { columnName: 'Adresse', action: 'generalise', parameter: { kind: 'address-commune' } },
      ],
      metadata: { ...metadata, contact: { email: 'asso@commune.example', name: 'Service vie associative' }, keywords: ['associations'] },
    });
    const comparison = compareVersions(older, newer);
    expect(comparison.sourceChanged).toBe(true);
    expect(comparison.sourceColumns).toEqual({ added: ['Adresse'], removed: [] });
    expect(comparison.publishedColumns).toEqual({ added: [], removed: [] });
    expect(comparison.decisions).toEqual([{ columnName: 'Adresse', before: null, after: newer.decisions[1] }]);
    expect(comparison.rows).toEqual({ before: 10, after: 7, change: -3 });
    expect(comparison.metadata).toEqual([{ field: 'contact', before: metadata.contact, after: newer.metadata.contact }]);
  });

  it('sees a changed justification or legal basis as a changed decision, and another dataset as such', () => {
    const older = version({});
    const newer = version({
      datasetSlug: 'autre',
      decisions: [{ columnName: 'Bénéficiaire', action: 'keep', justification: 'Personnes morales uniquement', legalBasis: 'consent' }],
    });
    const comparison = compareVersions(older, newer);
    expect(comparison.sameDataset).toBe(false);
    expect(comparison.decisions.map((change) => change.after?.legalBasis)).toEqual(['consent']);
  });

  it('compares values whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(canonicalJson({ a: [{ d: 2 }], b: 1 }));
    expect(canonicalJson(undefined)).toBe('null');
  });
});
