import { describe, expect, it } from 'vitest';
import { buildDataPackage, packageName } from '../../../main/export/datapackage.js';
import { exportReportHtml } from '../../../main/export/export-report-html.js';
import { outputFileName } from '../../../main/export/folder-export.js';
import { decideColumn, dismissFinding, newDraftContent, recordScan } from '../../../shared/decisions/draft-changes.js';
import { planOutputColumns } from '../../../shared/decisions/output-plan.js';

const columns = [
  { index: 0, name: 'nom <script>', type: 'text' as const },
  { index: 1, name: 'naissance', type: 'date' as const },
  { index: 2, name: 'montant', type: 'decimal' as const },
  { index: 3, name: 'courriel', type: 'text' as const },
];
let content = recordScan(newDraftContent('aides.csv', {}, { title: 'Aides versées en 2025', licence: 'etalab-2.0' }), columns, [], []);
content = decideColumn(content, 0, { kind: 'keep', justification: 'Élus <b>dans</b> leurs fonctions', legalBasis: 'crpa-d312-1-3-6-elected-officials' });
content = decideColumn(content, 1, { kind: 'generalise', rule: { kind: 'date-month' } });
content = decideColumn(content, 3, { kind: 'drop' });
content = dismissFinding(content, 2, 'iban', 'Montants, pas des comptes bancaires');
const plan = planOutputColumns(content.columns, content.decisions.present);
const csv = { path: '/x/aides-publication.csv', sha256: 'a'.repeat(64), size: 1234, rowCount: 10, columns: plan.map((c) => c.name) };

describe('datapackage.json', () => {
  it('describes the fields with the types of the published values and the licence', () => {
    const descriptor = buildDataPackage(csv, 'aides-publication.csv', plan, { delimiter: ',', bom: false, fileName: null }, content.metadata) as {
      name: string; licenses: { name: string; path: string }[]; resources: { schema: { fields: { name: string; type: string }[] }; dialect: { delimiter: string } }[];
    };
    expect(descriptor.name).toBe('aides-versees-en-2025');
    expect(descriptor.licenses[0]).toMatchObject({ name: 'etalab-2.0' });
    expect(descriptor.resources[0]?.schema.fields).toEqual([
      expect.objectContaining({ name: 'nom <script>', type: 'string' }),
      expect.objectContaining({ name: 'naissance', type: 'yearmonth' }),
      { name: 'montant', type: 'number' },
    ]);
    expect(descriptor.resources[0]?.dialect.delimiter).toBe(',');
    expect(packageName('  ')).toBe('donnees');
  });
});

describe('publication report', () => {
  it('lists what was removed or transformed and why, escaping every value', () => {
    const html = exportReportHtml({ content, plan, csv, csvFileName: 'aides-publication.csv', generatedAt: new Date('2026-03-01T10:00:00Z') });
    expect(html).toContain('<html lang="fr">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('nom &#60;script&#62;');
    expect(html).toContain('Élus &#60;b&#62;dans&#60;/b&#62; leurs fonctions (CRPA D312-1-3 6°');
    expect(html).toContain('Supprimée');
    expect(html).toContain('Généralisée (Date → mois)');
    expect(html).toContain('Montants, pas des comptes bancaires');
    expect(html).toContain('1\u202f234 octets');
  });
});

describe('output file name', () => {
  it('derives it from the source, or cleans the clerk’s choice', () => {
    expect(outputFileName(null, 'Subventions 2025.xlsx')).toBe('Subventions 2025-publication.csv');
    expect(outputFileName('../../etc/passwd', 'a.csv')).toBe('passwd.csv');
    expect(outputFileName('sortie:finale?.CSV', 'a.csv')).toBe('sortie_finale_.CSV');
  });
});
