import { describe, expect, it } from 'vitest';
import { CKAN_NAME_PATTERN, ckanNameFromTitle } from '../../../shared/metadata/portal-mapping/ckan-name.js';
import { toCkanPackage } from '../../../shared/metadata/portal-mapping/ckan.js';
import { toOpendatasoftMetadata } from '../../../shared/metadata/portal-mapping/opendatasoft.js';
import { toUdataDataset, udataResourceSchema, udataSpatial } from '../../../shared/metadata/portal-mapping/udata.js';
import { subventions2024 } from './sample-metadata.js';

describe('Opendatasoft mapping (reference 1.3)', () => {
  it('produces the reference example: wrapped values, licence and themes in internal', () => {
    const meta = toOpendatasoftMetadata(subventions2024(), { licenseId: '5sylls5', themeIds: ['economie'] });
    expect(meta.default).toMatchObject({
      title: { value: 'Subventions aux associations 2024' },
      description: { value: '<p>Liste des subventions votées en 2024.</p>' },
      keyword: { value: ['subventions', 'associations'] },
      language: { value: 'fr' },
      publisher: { value: 'Toulouse Métropole' },
      references: { value: 'https://www.toulouse-metropole.fr/' },
      modified: { value: '2025-01-15T00:00:00Z' },
    });
    expect(meta.internal).toEqual({ license_id: { value: '5sylls5' }, theme_id: { value: ['economie'] } });
    expect(meta.default).not.toHaveProperty('license_id');
    for (const entry of Object.values(meta.default)) expect(Object.keys(entry)).toEqual(['value']);
  });

  it('escapes markup and keeps paragraphs when turning the description into HTML', () => {
    const meta = toOpendatasoftMetadata(subventions2024({ description: 'Montants < 23 000 €\net plus.\n\nSource : délibérations.' }), { licenseId: null });
    expect(meta.default.description).toEqual({ value: '<p>Montants &lt; 23 000 €<br>et plus.</p><p>Source : délibérations.</p>' });
  });

  it('sends neither licence nor theme ids it does not know, but always title, modified and language', () => {
    const meta = toOpendatasoftMetadata(subventions2024({ producer: '', source: '' }), { licenseId: null });
    expect(meta.internal).toEqual({});
    expect(Object.keys(meta.default)).toEqual(expect.arrayContaining(['title', 'modified', 'language']));
    expect(meta.default).not.toHaveProperty('publisher');
  });
});

describe('udata mapping (reference 2.3)', () => {
  it('produces the reference example fields', () => {
    const dataset = toUdataDataset(subventions2024(), { organization: '534fff81a3a7292c64a77e5c', publicationId: 'pub-000123', private: true });
    expect(dataset).toMatchObject({
      title: 'Subventions aux associations 2024',
      description: 'Liste des subventions votées en 2024.',
      organization: '534fff81a3a7292c64a77e5c',
      license: 'lov2',
      frequency: 'annual',
      tags: ['subventions', 'associations'],
      temporal_coverage: { start: '2024-01-01', end: '2024-12-31' },
      private: true,
      extras: { 'workbench:publication_id': 'pub-000123' },
      spatial: { zones: ['fr:commune:31555'], granularity: 'fr:commune' },
    });
  });

  it('always sends private, even false, and the ODbL as odc-odbl', () => {
    const dataset = toUdataDataset(subventions2024({ licence: 'ODbL-1.0' }), { organization: null, publicationId: 'p1', private: false });
    expect(dataset.private).toBe(false);
    expect(dataset.license).toBe('odc-odbl');
    expect(dataset).not.toHaveProperty('organization');
  });

  it('omits coverage it cannot express', () => {
    const dataset = toUdataDataset(subventions2024({ spatial: 'Toulouse Métropole', temporal: { start: null, end: null } }), { organization: null, publicationId: 'p1', private: true });
    expect(dataset).not.toHaveProperty('spatial');
    expect(dataset).not.toHaveProperty('temporal_coverage');
  });

  it('reads INSEE codes of communes (Corsica included) and départements', () => {
    expect(udataSpatial('2A004')).toEqual({ zones: ['fr:commune:2A004'], granularity: 'fr:commune' });
    expect(udataSpatial('31')).toEqual({ zones: ['fr:departement:31'], granularity: 'fr:departement' });
    expect(udataSpatial('20000')).toBeNull();
  });

  it('records the official schema on the resource without the v prefix', () => {
    expect(udataResourceSchema(subventions2024())).toBeNull();
    expect(udataResourceSchema(subventions2024({ schema: { name: 'etalab/schema-irve-statique', version: 'v2.3.0' } })))
      .toEqual({ name: 'etalab/schema-irve-statique', version: '2.3.0' });
  });
});

describe('CKAN mapping (reference 3.3)', () => {
  it('produces the reference example fields', () => {
    const pkg = toCkanPackage(subventions2024({ licence: 'ODbL-1.0' }), {
      ownerOrg: 'commune-de-blagnac',
      name: 'subventions-associations-2024',
      licenseId: 'odc-odbl',
      private: false,
      publicationId: 'pub-000123',
    });
    expect(pkg).toMatchObject({
      name: 'subventions-associations-2024',
      title: 'Subventions aux associations 2024',
      owner_org: 'commune-de-blagnac',
      notes: 'Liste des subventions votées en 2024.',
      license_id: 'odc-odbl',
      private: false,
      tags: [{ name: 'subventions' }, { name: 'associations' }],
      maintainer_email: 'opendata@toulouse-metropole.fr',
      url: 'https://www.toulouse-metropole.fr/',
    });
    expect(pkg.extras).toContainEqual({ key: 'workbench_publication_id', value: 'pub-000123' });
    expect(pkg.extras).toContainEqual({ key: 'frequency', value: 'annual' });
    const keys = (pkg.extras as { key: string }[]).map((extra) => extra.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('spatial');
  });

  it('makes valid names from French titles', () => {
    expect(ckanNameFromTitle('Délibérations du conseil municipal (2024)', 'pub-12')).toBe('deliberations-du-conseil-municipal-2024-pub-12');
    const long = ckanNameFromTitle('Équipements '.repeat(30), 'pub-000123');
    expect(long).toMatch(CKAN_NAME_PATTERN);
    expect(long.endsWith('-pub-000123')).toBe(true);
    expect(ckanNameFromTitle('«\u00a0»', '')).toMatch(CKAN_NAME_PATTERN);
  });
});
