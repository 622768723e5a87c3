import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { compareRecordedVersions, previousVersionContext } from '../../../main/history/dataset-versions.js';
import { listJournal } from '../../../main/history/journal-queries.js';
import { appendPublicationEvent, recordPublication, setRemote } from '../../../main/history/publication-recorder.js';
import { metadataFor, publicationInput, sha256Of } from './publication-fixture.js';

let dir: string;
let db: AtelierDatabase;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-journal-'));
  db = openDatabase(path.join(dir, 'atelier.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ODS = { profileName: 'Toulouse Métropole', engine: 'opendatasoft', baseUrl: 'https://data.toulouse-metropole.example' };
const UDATA = { profileName: 'data.gouv.fr', engine: 'udata', baseUrl: 'https://www.data.gouv.fr' };

function record(title: string, slug: string, recordedAt: string, portal = ODS, keywords: string[] = []): number {
  return recordPublication(db, publicationInput({
    publicationKey: `${slug}-${recordedAt}`,
    datasetTitle: title,
    datasetSlug: slug,
    portal,
    recordedAt,
    source: { ...publicationInput().source, path: `/srv/partage/${slug}.xlsx` },
    output: { ...publicationInput().output, name: `${slug}.csv` },
    metadata: metadataFor(title, { keywords }),
  })).publicationId;
}

describe('searching the journal', () => {
  beforeEach(() => {
    record('Délibérations du conseil municipal', 'deliberations', '2025-01-06T10:00:00Z');
    record('Subventions aux associations 2024', 'subventions-2024', '2025-02-01T10:00:00Z', UDATA);
    record('Subventions aux associations 2023', 'subventions-2023', '2024-02-01T10:00:00Z', UDATA);
    record('Arbres d’alignement', 'arbres', '2025-03-01T10:00:00Z', ODS, ['Patrimoine végétal']);
    record('ÉLUS MUNICIPAUX', 'elus', '2025-03-02T10:00:00Z');
  });
  const titles = (text: string): string[] => listJournal(db, { text }).items.map((entry) => entry.datasetTitle);

  it('finds entries whatever the accents and the case the clerk types', () => {
    expect(titles('deliberation')).toEqual(['Délibérations du conseil municipal']);
    expect(titles('DÉLIBÉRATIONS')).toEqual(['Délibérations du conseil municipal']);
    expect(titles('élus')).toEqual(['ÉLUS MUNICIPAUX']);
    expect(titles("arbres d'alignement")).toEqual(['Arbres d’alignement']);
    expect(titles('vegetal')).toEqual(['Arbres d’alignement']);
  });

  it('requires every word, and finds nothing rather than everything for an unknown word', () => {
    expect(titles('subventions 2024')).toEqual(['Subventions aux associations 2024']);
    expect(titles('subventions')).toHaveLength(2);
    expect(listJournal(db, { text: 'piscine' })).toMatchObject({ total: 0, items: [] });
    expect(listJournal(db, { text: '  ' }).total).toBe(5);
  });

  it('filters by portal, status and date, and lists the portals for the filter', () => {
    const page = listJournal(db, { portal: 'data.gouv.fr' });
    expect(page.items.map((entry) => entry.datasetSlug)).toEqual(['subventions-2024', 'subventions-2023']);
    expect(page.portals).toEqual(['data.gouv.fr', 'Toulouse Métropole']);
    const arbres = listJournal(db, { text: 'arbres' }).items[0]?.publicationId ?? 0;
    appendPublicationEvent(db, arbres, { type: 'published', at: '2025-03-01T10:05:00Z' });
    expect(listJournal(db, { statuses: ['published', 'public'] }).items.map((entry) => entry.datasetSlug)).toEqual(['arbres']);
    const in2025 = listJournal(db, { recordedFrom: '2025-01-01T00:00:00+01:00', recordedBefore: '2025-03-01T00:00:00Z' });
    expect(in2025.items.map((entry) => entry.datasetSlug)).toEqual(['subventions-2024', 'deliberations']);
  });

  it('sorts by title accent-insensitively, and pages without overlap', () => {
    const byTitle = listJournal(db, { sort: 'title', direction: 'asc' }).items.map((entry) => entry.datasetSlug);
    expect(byTitle).toEqual(['arbres', 'deliberations', 'elus', 'subventions-2023', 'subventions-2024']);
    const first = listJournal(db, { limit: 2 });
    const second = listJournal(db, { limit: 2, offset: 2 });
    const third = listJournal(db, { limit: 2, offset: 4 });
    expect(first.total).toBe(5);
    const slugs = [...first.items, ...second.items, ...third.items].map((entry) => entry.datasetSlug);
    expect(slugs).toEqual(['elus', 'arbres', 'subventions-2024', 'deliberations', 'subventions-2023']);
  });
});

describe('versions of a dataset', () => {
  function twoVersions(): { v1: number; v2: number } {
    const v1 = recordPublication(db, publicationInput({ publicationKey: 'v1' })).publicationId;
    setRemote(db, v1, { datasetId: 'ds-42', datasetUrl: 'https://data.toulouse-metropole.example/explore/dataset/deliberations/' });
    const base = publicationInput();
    const v2 = recordPublication(db, publicationInput({
      publicationKey: 'v2',
      recordedAt: '2025-02-06T10:00:00.000Z',
      source: { ...base.source, sha256: sha256Of('source v2'), columns: ['Numéro', 'Date', 'Objet', 'Rapporteur', 'Adresse du demandeur', 'Vote', 'Montant'] },
      output: { ...base.output, sha256: sha256Of('output v2'), rowCount: 230, columnCount: 5, columns: ['Numéro', 'Date', 'Objet', 'Vote', 'Montant'] },
      decisions: [
        { columnName: 'Adresse du demandeur', action: 'drop', justification: 'Adresse de particuliers', legalBasis: 'CRPA L312-1-2' },
        { columnName: 'Rapporteur', action: 'drop' },
      ],
      metadata: metadataFor('Délibérations du conseil municipal', { keywords: ['conseil municipal', 'délibérations'], licence: 'ODbL-1.0' }),
    })).publicationId;
    return { v1, v2 };
  }

  it('compares two versions: columns, decisions, rows and metadata', () => {
    const { v1, v2 } = twoVersions();
    const comparison = compareRecordedVersions(db, v2, v1);
    expect(comparison.older.version).toBe(1);
    expect(comparison.newer.version).toBe(2);
    expect(comparison.sameDataset).toBe(true);
    expect(comparison.sourceChanged).toBe(true);
    expect(comparison.sourceColumns).toEqual({ added: ['Montant'], removed: [] });
    expect(comparison.publishedColumns).toEqual({ added: ['Montant'], removed: ['Rapporteur'] });
    expect(comparison.decisions).toEqual([{ columnName: 'Rapporteur', before: null, after: { columnName: 'Rapporteur', action: 'drop' } }]);
    expect(comparison.rows).toEqual({ before: 212, after: 230, change: 18 });
    expect(comparison.metadata.map((change) => change.field)).toEqual(['keywords', 'licence']);
    expect(comparison.metadata[1]).toEqual({ field: 'licence', before: 'etalab-2.0', after: 'ODbL-1.0' });
  });

  it('hands the next version the latest decisions and metadata, and the portal dataset to update', () => {
    const { v1, v2 } = twoVersions();
    const context = previousVersionContext(db, v1);
    expect(context.basedOn).toMatchObject({ publicationId: v2, version: 2 });
    expect(context.nextVersion).toBe(3);
    expect(context.remote).toEqual({
      datasetId: 'ds-42',
      datasetUrl: 'https://data.toulouse-metropole.example/explore/dataset/deliberations/',
      resourceId: null,
      resourceUrl: null,
    });
    expect(context.decisions.map((decision) => decision.columnName)).toEqual(['Adresse du demandeur', 'Rapporteur']);
    expect(context.metadata.licence).toBe('ODbL-1.0');
    expect(context.reading).toMatchObject({ sourceName: 'Délibérations 2024.xlsx', sheet: 'Délibérations', headerRow: 3 });
    expect(JSON.stringify(context)).not.toContain('/srv/partage');
  });
});
