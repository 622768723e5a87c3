/**
 * Builds realistic publication records for the history's tests, the kill test's writer and the
 * benchmark: a commune's dataset read from a spreadsheet, a scan that found names and addresses,
 * and the clerk's decisions on them.
 */
import { createHash } from 'node:crypto';
import type { PublicationRecordInput } from '../../../main/history/publication-recorder.js';
import type { DatasetMetadata } from '../../../shared/metadata/model.js';

/** A SHA-256 in hexadecimal, derived from a label so that tests can predict it. */
export function sha256Of(label: string): string {
  return createHash('sha256').update(label).digest('hex');
}

/** The metadata of a dataset, with its title and keywords. */
export function metadataFor(title: string, overrides: Partial<DatasetMetadata> = {}): DatasetMetadata {
  return {
    title,
    description: `Données publiées par la commune : ${title}.`,
    keywords: ['conseil municipal', 'collectivité'],
    themes: ['gouvernance'],
    producer: 'Commune de Castelmaurou',
    contact: { name: 'Service des assemblées', email: 'assemblees@castelmaurou.example' },
    licence: 'etalab-2.0',
    frequency: 'monthly',
    temporal: { start: '2024-01-01', end: '2024-12-31' },
    spatial: '31118',
    language: 'fr',
    source: 'Logiciel des actes',
    modified: '2024-12-31',
    schema: null,
    ...overrides,
  };
}

/** A whole publication record; every part can be overridden. */
export function publicationInput(overrides: Partial<PublicationRecordInput> = {}): PublicationRecordInput {
  const title = overrides.datasetTitle ?? 'Délibérations du conseil municipal';
  return {
    publicationKey: overrides.publicationKey ?? `pub-${sha256Of(title).slice(0, 12)}`,
    datasetTitle: title,
    datasetSlug: 'deliberations-conseil-municipal',
    portal: { profileName: 'Toulouse Métropole', engine: 'opendatasoft', baseUrl: 'https://data.toulouse-metropole.example' },
    source: {
      path: '/srv/partage/assemblées/Délibérations 2024.xlsx',
      sizeBytes: 48_213,
      modifiedAt: '2025-01-06T09:12:00.000Z',
      sha256: sha256Of('source v1'),
      format: 'xlsx',
      sheet: 'Délibérations',
      headerRow: 3,
      encoding: null,
      columns: ['Numéro', 'Date', 'Objet', 'Rapporteur', 'Adresse du demandeur', 'Vote'],
    },
    output: {
      name: 'deliberations-2024.csv',
      sha256: sha256Of('output v1'),
      rowCount: 212,
      columnCount: 5,
      columns: ['Numéro', 'Date', 'Objet', 'Rapporteur', 'Vote'],
    },
    metadata: metadataFor(title),
    findings: [{
      columnIndex: 4,
      columnName: 'Adresse du demandeur',
      category: 'postal-address',
      confidence: 'high',
      evidence: { examined: 212, matched: 198, validated: 198, share: 0.934, exampleRows: [0, 3], maskedExamples: ['** rue des ******'], headerHint: true },
      reason: 'Des adresses de particuliers figurent dans la colonne.',
    }, {
      columnIndex: 3,
      columnName: 'Rapporteur',
      category: 'person-name',
      confidence: 'medium',
      evidence: { examined: 212, matched: 212, validated: 180, share: 0.85, exampleRows: [1], maskedExamples: ['M. D*****'], headerHint: false },
      reason: 'Des noms de personnes figurent dans la colonne.',
    }],
    decisions: [
      { columnName: 'Adresse du demandeur', action: 'drop', justification: 'Adresse de particuliers', legalBasis: 'CRPA L312-1-2' },
    ],
    dismissals: [{ columnName: 'Rapporteur', category: 'person-name', reason: 'Élus agissant dans leurs fonctions : publication prévue par le CGCT L2121-25.' }],
    preflight: { ranAt: '2025-01-06T09:58:00.000Z', rowCount: 212, outputSha256: sha256Of('output v1'), issues: [], passed: true },
    appVersion: '0.1.0',
    osUser: 'agent.assemblees',
    recordedAt: '2025-01-06T10:00:00.000Z',
    scannedAt: '2025-01-06T09:40:00.000Z',
    decidedAt: '2025-01-06T09:55:00.000Z',
    ...overrides,
  };
}
