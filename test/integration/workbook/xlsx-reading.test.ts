import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/table/cell.js';
import { identifyWorkbook, openWorkbook } from '../../../main/files/workbook/index.js';
import { temporaryFolder, writeXlsx } from './workbook-fixtures.js';

const dir = temporaryFolder();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readAll(file: string, sheet: string, options = {}): Promise<{ rows: [number, Row][]; result: Awaited<ReturnType<Awaited<ReturnType<typeof openWorkbook>>['readSheet']>> }> {
  const workbook = await openWorkbook(file, 'xlsx');
  const rows: [number, Row][] = [];
  try {
    const result = await workbook.readSheet(sheet, (rowIndex, cells) => rows.push([rowIndex, cells]), options);
    return { rows, result };
  } finally {
    await workbook.close();
  }
}

describe('XLSX reader', () => {
  const file = path.join(dir, 'features.xlsx');
  writeXlsx(file, {
    prefix: 'x',
    sharedStringsLast: true,
    sharedStrings: [
      '<x:t>Nom</x:t>',
      '<x:r><x:t>Montant </x:t></x:r><x:r><x:rPr/><x:t xml:space="preserve">— HT</x:t></x:r>',
      '<x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh>',
      '<x:t>ligne 1_x000D_\nligne 2 &amp; «\u00a0suite\u00a0»</x:t>',
      '<x:t></x:t>',
    ],
    numFmts: { 164: 'dd/mm/yyyy', 165: '00000', 166: '[h]:mm', 167: '#,##0.00\\ "€"' },
    cellXfs: [0, 164, 14, 20, 165, 22, 166, 167],
    sheets: [
      {
        name: 'Données',
        body: '<x:dimension ref="A1:H5"/><x:sheetData>'
          + '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>4</x:v></x:c><x:c r="E1" t="s"><x:v>3</x:v></x:c></x:row>'
          + '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:r><x:t>en </x:t></x:r><x:r><x:t>ligne</x:t></x:r></x:is></x:c>'
          + '<x:c s="7"><x:v>1063850</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c>'
          + '<x:c r="F3" t="str"><x:f>A3&amp;"!"</x:f><x:v>en ligne!</x:v></x:c><x:c r="H3" s="4"><x:v>1000</x:v></x:c></x:row>'
          + '<x:row><x:c r="A4" s="1"><x:v>45363</x:v></x:c><x:c r="B4" s="2"><x:v>45363.5</x:v></x:c><x:c r="C4" s="3"><x:v>0.3541666666666667</x:v></x:c>'
          + '<x:c r="D4" s="5"><x:v>1</x:v></x:c><x:c r="E4" s="6"><x:v>1.5</x:v></x:c><x:c r="F4" t="d"><x:v>2024-03-12T08:30:00.000Z</x:v></x:c><x:c r="G4"><x:f>SUM(B3:B3)</x:f></x:c></x:row>'
          + '<x:row r="5" spans="1:3"><x:c r="A5" s="1"/><x:c r="B5"><x:v>-2.5E-3</x:v></x:c></x:row>'
          + '</x:sheetData><x:mergeCells count="2"><x:mergeCell ref="A1:B2"/><x:mergeCell ref="$C$1:D1"/></x:mergeCells>',
      },
      { name: 'Masquée', state: 'hidden', body: '<x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData>' },
      { name: 'Très masquée', state: 'veryHidden', body: '<x:sheetData/>' },
      { name: 'Graphique', chart: true, body: '' },
    ],
  });

  it('recognises the package by its content', async () => {
    expect(await identifyWorkbook(file)).toBe('xlsx');
  });

  it('lists sheets with their declared size, hidden flag and kind', async () => {
    const workbook = await openWorkbook(file, 'xlsx');
    expect(workbook.format).toBe('xlsx');
    expect(workbook.sheets).toEqual([
      { name: 'Données', hidden: false, kind: 'worksheet', rows: 5, columns: 8 },
      { name: 'Masquée', hidden: true, kind: 'worksheet', rows: null, columns: null },
      { name: 'Très masquée', hidden: true, kind: 'worksheet', rows: null, columns: null },
      { name: 'Graphique', hidden: false, kind: 'chartsheet', rows: null, columns: null },
    ]);
    await workbook.close();
  });

  it('gives values as the clerk sees them: strings, numbers, dates, codes, formulas by their value', async () => {
    const { rows, result } = await readAll(file, 'Données');
    expect(rows).toEqual([
      [0, ['Nom', 'Montant — HT', '東京', null, 'ligne 1\r\nligne 2 & «\u00a0suite\u00a0»']],
      [2, ['en ligne', 1063850, true, '#N/A', null, 'en ligne!', null, '01000']],
      [3, ['2024-03-12', '2024-03-12T12:00:00', '08:30:00', '1900-01-01', '36:00:00', '2024-03-12T08:30:00']],
      [4, [null, -0.0025]],
    ]);
    expect(result.rowCount).toBe(5);
    expect(result.columnCount).toBe(8);
    expect(result.merges).toEqual([
      { startRow: 0, startColumn: 0, endRow: 1, endColumn: 1 },
      { startRow: 0, startColumn: 2, endRow: 0, endColumn: 3 },
    ]);
  });

  it('reads a second sheet and an empty chart sheet', async () => {
    expect((await readAll(file, 'Masquée')).rows).toEqual([[1, [null, 7]]]);
    expect((await readAll(file, 'Graphique')).result).toEqual({ rowCount: 0, columnCount: 0, merges: [] });
  });

  it('stops after maxRows sheet rows and still reports the merges', async () => {
    const { rows, result } = await readAll(file, 'Données', { maxRows: 3 });
    expect(rows.map(([index]) => index)).toEqual([0, 2]);
    expect(result.rowCount).toBe(3);
    expect(result.merges).toHaveLength(2);
  });

  it('uses the 1904 date system when the workbook says so', async () => {
    const mac = path.join(dir, '1904.xlsx');
    writeXlsx(mac, { date1904: true, cellXfs: [0, 14], sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43902</v></c></row></sheetData>' }] });
    expect((await readAll(mac, 'S')).rows).toEqual([[0, ['1904-01-01', '2024-03-13']]]);
  });

  it('reports progress up to 1 and can be cancelled', async () => {
    const fractions: number[] = [];
    await readAll(file, 'Données', { onProgress: (fraction: number) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    const controller = new AbortController();
    controller.abort();
    await expect(readAll(file, 'Données', { signal: controller.signal })).rejects.toMatchObject({ code: 'job.cancelled' });
  });

  it('refuses an unknown sheet name', async () => {
    await expect(readAll(file, 'Feuil9')).rejects.toMatchObject({ code: 'file.sheet-not-found', details: { sheet: 'Feuil9' } });
  });

  it('streams a large sheet row by row, whatever the entry order', async () => {
    const big = path.join(dir, 'big.xlsx');
    const rowsXml: string[] = [];
    for (let index = 1; index <= 30_000; index += 1) rowsXml.push(`<row r="${index}"><c r="A${index}"><v>${index}</v></c><c r="B${index}" t="s"><v>${index % 3}</v></c></row>`);
    writeXlsx(big, { sharedStringsLast: true, sharedStrings: ['<t>a</t>', '<t>b</t>', '<t>c</t>'], sheets: [{ name: 'S', body: `<sheetData>${rowsXml.join('')}</sheetData>` }] });
    let count = 0;
    let last: Row = [];
    const workbook = await openWorkbook(big, 'xlsx');
    const result = await workbook.readSheet('S', (_index, cells) => {
      count += 1;
      last = cells;
    });
    await workbook.close();
    expect(count).toBe(30_000);
    expect(last).toEqual([30_000, 'a']);
    expect(result.rowCount).toBe(30_000);
  });
});
