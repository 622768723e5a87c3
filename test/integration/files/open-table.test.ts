import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Row } from '../../../shared/table/cell.js';
import type { FirstWindow } from '../../../shared/table/table-info.js';
import { openTable } from '../../../main/files/open-table.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atelier-open-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function collect(iterable: AsyncIterable<Row[]>): Promise<Row[]> {
  const all: Row[] = [];
  for await (const batch of iterable) all.push(...batch);
  return all;
}

const TITLE_BLOCK = 'Extraction du 12/03/2024;;\r\n;;\r\nService des finances;;\r\n';
const CLERK_TABLE = 'Bénéficiaire;Montant;Date\r\nCrèche « Les Écureuils »;1 250,00;01/02/2024\r\nAssociation l’Été à Épinal;999,50;15/03/2024\r\n';

describe('opening CSV files the way clerks have them', () => {
  it('reads a Windows-1252 file with a title block: accents, header row, types', async () => {
    const table = await openTable(fixture('subventions.csv', iconv.encode(TITLE_BLOCK + CLERK_TABLE, 'win1252')));
    expect(table.info).toMatchObject({ format: 'csv', encoding: 'windows-1252', bom: false, delimiter: ';', headerRow: 4, rowCount: 2 });
    expect(table.info.columns.map((c) => [c.name, c.type])).toEqual([['Bénéficiaire', 'text'], ['Montant', 'decimal'], ['Date', 'date']]);
    expect(await table.readRows(0, 2)).toEqual([
      ['Crèche « Les Écureuils »', '1 250,00', '01/02/2024'],
      ['Association l’Été à Épinal', '999,50', '15/03/2024'],
    ]);
    await table.close();
  });

  it('reads IBM850 (DOS) and Mac Roman files', async () => {
    for (const [encoding, label] of [['cp850', 'ibm850'], ['macintosh', 'macintosh']] as const) {
      const table = await openTable(fixture(`${label}.csv`, iconv.encode(CLERK_TABLE.replace(/’/g, "'"), encoding)));
      expect(table.info.encoding).toBe(label);
      expect((await table.readRows(1, 1))[0]![0]).toBe("Association l'Été à Épinal");
      await table.close();
    }
  });

  it('reads UTF-16 with and without a byte-order mark, and UTF-8 with one', async () => {
    const le = await openTable(fixture('le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CLERK_TABLE, 'utf16le')])));
    expect(le.info).toMatchObject({ encoding: 'utf-16le', bom: true, rowCount: 2 });
    expect((await le.readRows(1, 1))[0]![0]).toBe('Association l’Été à Épinal');
    await le.close();
    const be = await openTable(fixture('be.csv', iconv.encode(CLERK_TABLE, 'utf16be')));
    expect(be.info).toMatchObject({ encoding: 'utf-16be', bom: false, rowCount: 2 });
    await be.close();
    const bom = await openTable(fixture('bom.csv', '\ufeff' + CLERK_TABLE));
    expect(bom.info).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(bom.info.columns[0]!.name).toBe('Bénéficiaire');
    await bom.close();
  });

  it('reads CR-only line ends and tab-separated text', async () => {
    const cr = await openTable(fixture('mac.txt', 'nom\tville\rDupont\tAlbi\rDurand\tRodez\r'));
    expect(cr.info).toMatchObject({ delimiter: '\t', rowCount: 2 });
    expect(await cr.readRows(0, 5)).toEqual([['Dupont', 'Albi'], ['Durand', 'Rodez']]);
    await cr.close();
  });

  it('settles the encoding on the whole file, not its first megabyte', async () => {
    const ascii = Array.from({ length: 60_000 }, (_, i) => `${i};ligne ordinaire sans accent`).join('\r\n');
    const bytes = iconv.encode(`id;texte\r\n${ascii}\r\n60000;Fête de l’été à Évry\r\n`, 'win1252');
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    const table = await openTable(fixture('tardif.csv', bytes));
    expect(table.info.encoding).toBe('windows-1252');
    expect((await table.readRows(60_000, 1))[0]).toEqual(['60000', 'Fête de l’été à Évry']);
    await table.close();
  });

  it('gives the same rows by window as in order, with quoted line breaks across blocks', async () => {
    const lines = ['id;commentaire;montant'];
    for (let i = 0; i < 40_000; i++) {
      const comment = i % 7 === 0 ? `"note ${i} sur\ndeux lignes; avec ""guillemets"""` : `commentaire ${i}`;
      lines.push(`${i};${comment};${(i * 1.5).toFixed(2).replace('.', ',')}`);
    }
    const table = await openTable(fixture('grand.csv', lines.join('\n') + '\n'));
    expect(table.info.rowCount).toBe(40_000);
    const all = await collect(table.rows());
    expect(all).toHaveLength(40_000);
    expect(all[7]).toEqual(['7', 'note 7 sur\ndeux lignes; avec "guillemets"', '10,50']);
    for (const start of [0, 1, 12_345, 25_000, 39_950]) {
      expect(await table.readRows(start, 100)).toEqual(all.slice(start, start + 100));
    }
    expect(await table.readRows(39_990, 100)).toHaveLength(10);
    await table.close();
  });

  it('shows a first window of rows before the whole file is read', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i};${i % 13}`).join('\n');
    const seen: FirstWindow[] = [];
    let progressCalls = 0;
    const table = await openTable(fixture('premiere.csv', `n;reste\n${rows}\n`), {
      onFirstWindow: (window) => seen.push(window),
      onProgress: () => progressCalls++,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.rows).toHaveLength(100);
    expect(seen[0]!.info.rowCount).toBeLessThan(200_000);
    expect(table.info.rowCount).toBe(200_000);
    expect(progressCalls).toBeGreaterThan(1);
    await table.close();
  });

  it('obeys the clerk: header row, encoding and delimiter', async () => {
    const file = fixture('choix.csv', iconv.encode('a,b;c\n1,2;3\n', 'win1252'));
    const table = await openTable(file, { delimiter: ',', headerRow: 0, encoding: 'iso-8859-15' });
    expect(table.info).toMatchObject({ delimiter: ',', headerRow: null, encoding: 'iso-8859-15', rowCount: 2 });
    expect(table.info.columns.map((c) => c.name)).toEqual(['colonne 1', 'colonne 2']);
    await table.close();
  });
});

describe('opening workbooks', () => {
  it('recognises an ODS named .xls and serves windows from its row store', async () => {
    const rows: unknown[][] = [['Rapport annuel'], [], ['Code', 'Commune', 'Montant']];
    for (let i = 0; i < 3000; i++) rows.push([String(i).padStart(5, '0'), `Commune ${i}`, i * 2.5]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Notes'], ['Lisez-moi']]), 'Notice');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Données');
    const file = fixture('classeur.xls', XLSX.write(book, { type: 'buffer', bookType: 'ods' }) as Uint8Array);
    const table = await openTable(file);
    expect(table.info).toMatchObject({ format: 'ods', sheet: 'Données', headerRow: 3, rowCount: 3000 });
    expect(table.info.sheets.map((s) => [s.name, s.hasTable])).toEqual([['Notice', false], ['Données', true]]);
    expect(table.info.columns.map((c) => c.type)).toEqual(['code', 'text', 'decimal']);
    expect(await table.readRows(2998, 5)).toEqual([['02998', 'Commune 2998', 7495], ['02999', 'Commune 2999', 7497.5]]);
    await table.close();
  });
});
