import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { journalCsv } from '../../../main/history/journal-csv.js';
import { publicationDetail } from '../../../main/history/journal-queries.js';
import { publicationReportHtml } from '../../../main/history/publication-report-html.js';
import { appendPublicationEvent, recordPublication, setRemote } from '../../../main/history/publication-recorder.js';
import { metadataFor, publicationInput, sha256Of } from './publication-fixture.js';

let dir: string;
let db: AtelierDatabase;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-export-'));
  db = openDatabase(path.join(dir, 'atelier.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Splits CSV text into records and fields, honouring quotes (what Excel does on opening). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { fields.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { fields.push(field); records.push(fields); fields = []; field = ''; i++; } else field += c;
  }
  return records;
}

describe('the journal as CSV', () => {
  it('writes UTF-8 with a BOM and `;`, one line per publication, with hashes, decisions and links', () => {
    const tricky = 'Marchés ; lots "A" et B\nsuite';
    const first = recordPublication(db, publicationInput({ publicationKey: 'k1', datasetTitle: tricky, datasetSlug: 'marches' })).publicationId;
    appendPublicationEvent(db, first, { type: 'published', at: '2025-01-06T10:01:00Z' });
    setRemote(db, first, { datasetUrl: 'https://data.toulouse-metropole.example/explore/dataset/marches/' });
    recordPublication(db, publicationInput({ publicationKey: 'k2', datasetTitle: '=HYPERLINK("http://x")', datasetSlug: 'formule', recordedAt: '2025-01-07T10:00:00Z' }));

    const csv = journalCsv(db);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, newest, oldest, ...rest] = parseCsv(csv.slice(1));
    expect(rest).toEqual([]);
    expect(header?.slice(0, 5)).toEqual(['Identifiant', 'Clé de publication', 'Jeu de données', 'Identifiant du jeu', 'Version']);
    const column = (name: string): number => header?.indexOf(name) ?? -1;
    // A title that a spreadsheet would run as a formula is written as text.
    expect(newest?.[column('Jeu de données')]).toBe('\'=HYPERLINK("http://x")');
    expect(oldest?.[column('Jeu de données')]).toBe(tricky);
    expect(oldest?.[column('Statut')]).toBe('publiée');
    expect(oldest?.[column('SHA-256 source')]).toBe(sha256Of('source v1'));
    expect(oldest?.[column('Décisions')]).toBe('Adresse du demandeur\u00a0: colonne supprimée');
    expect(oldest?.[column('Page sur le portail')]).toBe('https://data.toulouse-metropole.example/explore/dataset/marches/');
    expect(oldest?.[column('Utilisateur')]).toBe('agent.assemblees');
    expect(csv).not.toContain('/srv/partage');
  });

  it('exports only what the search and filters select', () => {
    recordPublication(db, publicationInput({ publicationKey: 'a', datasetTitle: 'Délibérations', datasetSlug: 'a', metadata: metadataFor('Délibérations') }));
    recordPublication(db, publicationInput({ publicationKey: 'b', datasetTitle: 'Arbres', datasetSlug: 'b', source: { ...publicationInput().source, path: 'C:\\Partage\\arbres.csv' }, output: { ...publicationInput().output, name: 'arbres.csv' }, metadata: metadataFor('Arbres', { keywords: [] }) }));
    const lines = parseCsv(journalCsv(db, { text: 'arbres' }).slice(1));
    expect(lines).toHaveLength(2);
    expect(lines[1]?.[2]).toBe('Arbres');
    expect(lines[1]?.[11]).toBe('arbres.csv');
  });
});

describe('the printable report of a publication', () => {
  it('tells the whole story in French, escaping what came from the files', () => {
    const hostile = '<script>alert("x")</script>';
    const { publicationId } = recordPublication(db, publicationInput({
      datasetTitle: `Délibérations ${hostile}`,
      decisions: [{ columnName: hostile, action: 'keep', justification: 'Élus dans leurs fonctions & publics', legalBasis: 'crpa-d312-1-3-6-elected-officials' }],
    }));
    appendPublicationEvent(db, publicationId, { type: 'published', at: '2025-01-06T10:01:00Z' });
    setRemote(db, publicationId, { datasetUrl: 'https://data.toulouse-metropole.example/explore/dataset/deliberations/?a=1&b=2' });
    const html = publicationReportHtml(publicationDetail(db, publicationId), {
      generatedAt: new Date('2025-01-10T08:00:00Z'),
      timeZone: 'Europe/Paris',
    });

    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('Élus dans leurs fonctions &#38; publics');
    expect(html).toContain('crpa-d312-1-3-6-elected-officials');
    expect(html).toContain('colonne conservée');
    expect(html).toContain('Établi le 10 janvier 2025 à 09:00:00');
    expect(html).toContain(sha256Of('source v1'));
    expect(html).toContain('48\u202f213 octets');
    expect(html).toContain('adresse postale');
    expect(html).toContain('Élus agissant dans leurs fonctions');
    expect(html).toContain('Contrôle avant publication du 6 janvier 2025 à 10:58:00 — réussi');
    expect(html).toContain('<a href="https://data.toulouse-metropole.example/explore/dataset/deliberations/?a=1&#38;b=2">');
    for (const step of ['Publication enregistrée', 'Recherche de données personnelles', 'Décisions arrêtées', 'Publiée sur le portail']) {
      expect(html).toContain(step);
    }
    expect(html).not.toContain('/srv/partage');
  });
});
