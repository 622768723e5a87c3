import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOfficialSchema, suggestSchemas } from '../../../shared/table-schema/suggest-schemas.js';
import type { OfficialSchema } from '../../../shared/table-schema/table-schema.js';
import { validateTable } from '../../../shared/table-schema/validate-table.js';
import { readSheet } from './read-sheet.js';

const corpus = path.resolve(process.cwd(), '../shared/corpus/schemas');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-schemas-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function official(name: string): OfficialSchema {
  const found = findOfficialSchema(name);
  if (!found) throw new Error(`${name} is not bundled`);
  return found;
}

/** Writes a copy of the sheet with some cells replaced, in the same format, and reads it back. */
function brokenCopy(file: string, edits: Record<string, Record<number, string | number | null>>): ReturnType<typeof readSheet> {
  const { headers, rows } = readSheet(path.join(corpus, file));
  for (const [column, byRow] of Object.entries(edits)) {
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column ${column}`);
    for (const [row, value] of Object.entries(byRow)) {
      const cells = rows[Number(row)];
      if (!cells) throw new Error(`no row ${row}`);
      cells[index] = value;
    }
  }
  const sheet = XLSX.utils.aoa_to_sheet([headers, ...rows]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'in');
  const target = path.join(dir, `broken-${file}`);
  if (file.endsWith('.csv')) fs.writeFileSync(target, XLSX.utils.sheet_to_csv(sheet), 'utf8');
  else fs.writeFileSync(target, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return readSheet(target);
}

describe('the official examples of the corpus', () => {
  it('IRVE statique: the example CSV validates clean and is recognised from its headers', () => {
    const { headers, rows } = readSheet(path.join(corpus, 'schema-irve-statique_exemple-valide.csv'));
    expect(suggestSchemas(headers)[0]?.name).toBe('etalab/schema-irve-statique');
    const report = validateTable(official('etalab/schema-irve-statique').schema, headers, rows);
    expect(report).toMatchObject({ valid: true, rowsChecked: 2, errors: [] });
  });

  it('arbres: the example workbook validates clean (dates, Oui/Non booleans, Corsican INSEE codes)', () => {
    const { headers, rows } = readSheet(path.join(corpus, 'schema-arbre_exemple-valide.xlsx'));
    expect(suggestSchemas(headers)[0]?.name).toBe('NaturalSolutions/schema-arbre');
    const report = validateTable(official('NaturalSolutions/schema-arbre').schema, headers, rows);
    expect(report).toMatchObject({ valid: true, rowsChecked: 4, errors: [] });
  });
});

describe('broken copies give French errors at the right cells', () => {
  it('IRVE statique (CSV)', () => {
    const { headers, rows } = brokenCopy('schema-irve-statique_exemple-valide.csv', {
      contact_operateur: { 0: 'pas-une-adresse' },
      nom_station: { 1: '' },
      implantation_station: { 0: 'Trottoir' },
      nbre_pdc: { 1: 'dix' },
      puissance_nominale: { 0: '-22' },
      date_maj: { 1: '2021-02-30' },
      siren_amenageur: { 0: '13002526' },
    });
    const report = validateTable(official('etalab/schema-irve-statique').schema, headers, rows);
    const at = (field: string) => report.errors.find((e) => e.field === field);
    expect(report.valid).toBe(false);
    expect(report.counts).toEqual({ 'schema.format': 1, 'schema.required': 1, 'schema.enum': 1, 'schema.type': 2, 'schema.minimum': 1, 'schema.pattern': 1 });
    expect(at('contact_operateur')).toMatchObject({ row: 0, column: headers.indexOf('contact_operateur'), code: 'schema.format' });
    expect(at('contact_operateur')?.message.fr).toBe('«\u00a0pas-une-adresse\u00a0» n’est pas une adresse électronique.');
    expect(at('nom_station')).toMatchObject({ row: 1, code: 'schema.required', message: { fr: 'Valeur obligatoire manquante.' } });
    expect(at('implantation_station')?.message.fr).toContain('«\u00a0Trottoir\u00a0» ne fait pas partie des valeurs autorisées\u00a0: Voirie, Parking public');
    expect(at('nbre_pdc')).toMatchObject({ row: 1, code: 'schema.type' });
    expect(at('puissance_nominale')?.message.fr).toBe('«\u00a0-22\u00a0» est inférieur au minimum (0).');
    expect(at('date_maj')?.message.fr).toBe('«\u00a02021-02-30\u00a0» n’est pas une date (AAAA-MM-JJ).');
    expect(at('siren_amenageur')?.message.fr).toBe('«\u00a013002526\u00a0» n’a pas la forme attendue (exemple\u00a0: 130025265).');
  });

  it('arbres (XLSX): typed workbook cells, primary key and bounds', () => {
    const { headers, rows } = brokenCopy('schema-arbre_exemple-valide.xlsx', {
      id: { 2: 1 },
      latitude: { 1: 500 },
      remarquable: { 3: 'Peut-être' },
      code_insee: { 0: '2C123' },
      hauteur: { 0: 'grand' },
    });
    const report = validateTable(official('NaturalSolutions/schema-arbre').schema, headers, rows);
    expect(report.errors.map((e) => [e.row, headers[e.column ?? -1], e.code])).toEqual([
      [0, 'code_insee', 'schema.pattern'],
      [0, 'hauteur', 'schema.type'],
      [1, 'latitude', 'schema.maximum'],
      [2, 'id', 'schema.unique'],
      [3, 'remarquable', 'schema.type'],
    ]);
    expect(report.errors[2]?.message.fr).toBe('«\u00a0500\u00a0» dépasse le maximum (180).');
    expect(report.errors[3]?.message.fr).toBe('«\u00a01\u00a0» figure déjà à la ligne 1\u00a0: chaque valeur doit être unique.');
  });
});
