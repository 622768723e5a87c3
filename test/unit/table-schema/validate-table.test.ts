import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../shared/table-schema/table-schema.js';
import { createTableSchemaValidator, validateTable } from '../../../shared/table-schema/validate-table.js';

const schema: TableSchema = {
  primaryKey: 'id',
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'siret', type: 'string', example: '21310555400017', constraints: { required: true, pattern: '\\d{14}' } },
    { name: 'montant', type: 'number', constraints: { minimum: 0, maximum: 1000000 } },
    { name: 'date', type: 'date', format: '%d/%m/%Y' },
    { name: 'nature', type: 'string', constraints: { enum: ['aide en numéraire', 'aide en nature'] } },
    { name: 'ue', type: 'boolean', trueValues: ['oui'], falseValues: ['non'] },
    { name: 'courriel', type: 'string', format: 'email', example: 'mairie@commune.fr' },
    { name: 'code', type: 'string', constraints: { unique: true, maxLength: 5 } },
  ],
};
const headers = ['id', 'siret', 'montant', 'date', 'nature', 'ue', 'courriel', 'code'];
const good = ['1', '21310555400017', '1500.50', '14/03/2024', 'aide en nature', 'oui', 'mairie@commune.fr', 'A1'];

const at = (report: ReturnType<typeof validateTable>) => report.errors.map((e) => [e.row, e.column, e.code]);

describe('Table Schema validation of cells', () => {
  it('accepts good rows, text from CSV or typed workbook cells alike', () => {
    const report = validateTable(schema, headers, [good, [2, '21310555400017', 12.5, '01/01/2024', null, 'non', null, 'B2']]);
    expect(report).toMatchObject({ valid: true, rowsChecked: 2, errors: [], counts: {}, truncated: false });
  });

  it('names each broken cell, with a French sentence', () => {
    const broken = ['x', '2131055540001', '-3', '31/02/2024', 'chèque', 'peut-être', 'mairie.fr', 'ABCDEF'];
    const report = validateTable(schema, headers, [broken]);
    expect(at(report)).toEqual([
      [0, 0, 'schema.type'],
      [0, 1, 'schema.pattern'],
      [0, 2, 'schema.minimum'],
      [0, 3, 'schema.type'],
      [0, 4, 'schema.enum'],
      [0, 5, 'schema.type'],
      [0, 6, 'schema.format'],
      [0, 7, 'schema.max-length'],
    ]);
    const fr = report.errors.map((e) => e.message.fr);
    expect(fr[0]).toBe('«\u00a0x\u00a0» n’est pas un nombre entier.');
    expect(fr[1]).toBe('«\u00a02131055540001\u00a0» n’a pas la forme attendue (exemple\u00a0: 21310555400017).');
    expect(fr[3]).toBe('«\u00a031/02/2024\u00a0» n’est pas une date (JJ/MM/AAAA).');
    expect(fr[4]).toBe('«\u00a0chèque\u00a0» ne fait pas partie des valeurs autorisées\u00a0: aide en numéraire, aide en nature.');
    expect(fr[5]).toBe('«\u00a0peut-être\u00a0» n’est pas une valeur vrai/faux (oui / non).');
    expect(report.valid).toBe(false);
  });

  it('asks for required values and primary keys, and catches repeated unique values', () => {
    const report = validateTable(schema, headers, [good, ['1', '', '', '', '', '', '', 'A1'], [null, '21310555400017', '', '', '', '', '', '']]);
    expect(at(report)).toEqual([
      [1, 0, 'schema.unique'],
      [1, 1, 'schema.required'],
      [1, 7, 'schema.unique'],
      [2, 0, 'schema.required'],
    ]);
    expect(report.errors.find((e) => e.code === 'schema.unique')?.message.fr).toBe('«\u00a01\u00a0» figure déjà à la ligne 1\u00a0: chaque valeur doit être unique.');
  });

  it('reports missing and extra columns, the extra ones without failing the table', () => {
    const report = validateTable(schema, ['ID', ' siret ', 'montant', 'date', 'nature', 'ue', 'code', 'remarque'], [['1', '21310555400017', '', '', '', '', '']]);
    expect(report.errors.map((e) => [e.column, e.field, e.code])).toEqual([
      [null, 'courriel', 'schema.missing-column'],
      [7, 'remarque', 'schema.extra-column'],
    ]);
    expect(report.valid).toBe(false);
    const extraOnly = validateTable(schema, [...headers, 'remarque'], [[...good, 'ok']]);
    expect(extraOnly.valid).toBe(true);
    expect(extraOnly.counts).toEqual({ 'schema.extra-column': 1 });
  });

  it('streams batches, keeps counting after the list is cut, and numbers rows across batches', () => {
    const validator = createTableSchemaValidator(schema, headers, { maxErrors: 3 });
    const badRow = (i: number) => [String(i), 'pas un siret', '', '', '', '', '', `C${i}`];
    validator.checkRows([good]);
    validator.checkRows(Array.from({ length: 10 }, (_v, i) => badRow(i + 2)));
    const report = validator.report();
    expect(report.rowsChecked).toBe(11);
    expect(report.counts).toEqual({ 'schema.pattern': 10 });
    expect(report.errors.map((e) => e.row)).toEqual([1, 2, 3]);
    expect(report.truncated).toBe(true);
  });

  it('ignores a format the schema’s own example contradicts', () => {
    const uid: TableSchema = { fields: [{ name: 'uid', type: 'string', format: 'uuid', example: '94059-01010401-001' }] };
    expect(validateTable(uid, ['uid'], [['31555-01010401-002']]).valid).toBe(true);
    const strict: TableSchema = { fields: [{ name: 'uid', type: 'string', format: 'uuid' }] };
    expect(validateTable(strict, ['uid'], [['31555-01010401-002']]).counts).toEqual({ 'schema.format': 1 });
  });
});
