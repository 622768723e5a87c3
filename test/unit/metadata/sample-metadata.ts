import type { DatasetMetadata } from '../../../shared/metadata/model.js';

/** The dataset of the reference's examples (portals.md 1.3, 2.3, 3.3), fully described. */
export function subventions2024(overrides: Partial<DatasetMetadata> = {}): DatasetMetadata {
  return {
    title: 'Subventions aux associations 2024',
    description: 'Liste des subventions votées en 2024.',
    keywords: ['subventions', 'associations'],
    themes: ['Économie'],
    producer: 'Toulouse Métropole',
    contact: { name: 'Service open data', email: 'opendata@toulouse-metropole.fr' },
    licence: 'etalab-2.0',
    frequency: 'annual',
    temporal: { start: '2024-01-01', end: '2024-12-31' },
    spatial: '31555',
    language: 'fr',
    source: 'https://www.toulouse-metropole.fr/',
    modified: '2025-01-15',
    schema: null,
    ...overrides,
  };
}
