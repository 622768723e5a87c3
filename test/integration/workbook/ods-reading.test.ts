import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/table/cell.js';
import { identifyWorkbook, openWorkbook, type ReadSheetOptions } from '../../../main/files/workbook/index.js';
import { temporaryFolder, writeOds } from './workbook-fixtures.js';

const dir = temporaryFolder();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readAll(file: string, sheet: string, options: ReadSheetOptions = {}) {
  const workbook = await openWorkbook(file, 'ods');
  const rows: [number, Row][] = [];
  try {
    const result = await workbook.readSheet(sheet, (rowIndex, cells) => rows.push([rowIndex, cells]), options);
    return { rows, result };
  } finally {
    await workbook.close();
  }
}

const cell = (attributes: string, text = ''): string => `<table:table-cell ${attributes}>${text}</table:table-cell>`;

describe('ODS reader', () => {
  // Named .xls on purpose: the content decides.
  const file = path.join(dir, 'features.xls');
  writeOds(file, [
    '<table:table table:name="Notes" table:style-name="ta1"><table:table-row>', cell('office:value-type="string"', '<text:p>à ignorer</text:p>'), '</table:table-row></table:table>',
    '<table:table table:name="Données" table:style-name="ta2">',
    '<table:table-column table:number-columns-repeated="7"/><table:table-column table:default-cell-style-name="ceCode"/>',
    '<table:table-header-rows><table:table-row>',
    cell('table:number-columns-spanned="2" table:number-rows-spanned="2" office:value-type="string"', '<text:p>Montant</text:p><text:p>HT</text:p>'),
    '<table:covered-table-cell/>',
    cell('office:value-type="string"', '<text:p>  Nom <text:s text:c="2"/>et<text:tab/>prénom <office:annotation><text:p>commentaire</text:p></office:annotation></text:p>'),
    '</table:table-row></table:table-header-rows>',
    '<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/>', cell('office:value-type="string"', '<text:p>a<text:line-break/>b</text:p>'), '</table:table-row>',
    '<table:table-row table:number-rows-repeated="2">',
    cell('office:value-type="float" office:value="1063850.5"', '<text:p>1 063 850,50</text:p>'),
    cell('office:value-type="percentage" office:value="0.25"', '<text:p>25 %</text:p>'),
    cell('office:value-type="currency" office:currency="EUR" office:value="12"', '<text:p>12,00 €</text:p>'),
    cell('office:value-type="date" office:date-value="2024-03-12"', '<text:p>12/03/2024</text:p>'),
    cell('office:value-type="date" office:date-value="2024-03-12T08:30:00.4"', '<text:p>12/03/2024 08:30</text:p>'),
    cell('office:value-type="time" office:time-value="PT36H05M00S"', '<text:p>36:05</text:p>'),
    cell('office:value-type="boolean" office:boolean-value="true"', '<text:p>VRAI</text:p>'),
    cell('office:value-type="float" office:value="9000"', '<text:p>09000</text:p>'),
    '</table:table-row>',
    '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    '<table:table-row>', cell('table:number-columns-repeated="2" office:value-type="string"', '<text:p>x</text:p>'), cell('', '<text:p>#N/A</text:p>'), cell('table:style-name="ceCode" office:value-type="float" office:value="31000"', '<text:p>31000</text:p>'), '</table:table-row>',
    '<table:table-row table:number-rows-repeated="1048567"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    '</table:table>',
  ].join(''), {
    automaticStyles: '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="false"/></style:style>'
      + '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="true"/></style:style>'
      + '<style:style style:name="ceCode" style:family="table-cell" style:data-style-name="N99"/>',
    commonStyles: '<number:number-style style:name="N99"><number:number number:decimal-places="0" number:min-integer-digits="5"/></number:number-style>',
  });

  it('recognises an ODS named .xls by its content', async () => {
    expect(await identifyWorkbook(file)).toBe('ods');
  });

  it('lists the sheets with their hidden flag', async () => {
    const workbook = await openWorkbook(file, 'ods');
    expect(workbook.sheets.map(({ name, hidden, kind }) => ({ name, hidden, kind }))).toEqual([
      { name: 'Notes', hidden: true, kind: 'worksheet' },
      { name: 'Données', hidden: false, kind: 'worksheet' },
    ]);
    await workbook.close();
  });

  it('expands repeated rows and cells with values, not empty ones, and follows ODF text rules', async () => {
    const { rows, result } = await readAll(file, 'Données');
    const numbers = [1063850.5, 0.25, 12, '2024-03-12', '2024-03-12T08:30:00', '36:05:00', true, '09000'];
    expect(rows).toEqual([
      [0, ['Montant\nHT', null, 'Nom   et\tprénom']],
      [1, [null, null, 'a\nb']],
      [2, numbers],
      [3, numbers],
      [7, ['x', 'x', '#N/A', '31000']],
    ]);
    expect(result.rowCount).toBe(8);
    expect(result.columnCount).toBe(8);
    expect(result.merges).toEqual([{ startRow: 0, startColumn: 0, endRow: 1, endColumn: 1 }]);
  });

  it('reads the first sheet only up to its end, and stops at maxRows', async () => {
    expect((await readAll(file, 'Notes')).rows).toEqual([[0, ['à ignorer']]]);
    const { rows, result } = await readAll(file, 'Données', { maxRows: 3 });
    expect(rows.map(([index]) => index)).toEqual([0, 1, 2]);
    expect(result.rowCount).toBe(3);
  });
});
