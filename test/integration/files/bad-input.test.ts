import { mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { isAppError } from '../../../shared/errors.js';
import { openTable } from '../../../main/files/open-table.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atelier-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The code of the AppError `openTable` fails with, after checking that it names the file. */
async function failureOf(file: string): Promise<string> {
  try {
    const table = await openTable(file);
    await table.close();
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.details?.file).toBe(path.basename(file));
    return error.code;
  }
  return 'opened';
}

/** Seeded bytes, so that the "binary" file is the same on every run. */
function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    bytes[i] = s >>> 24;
  }
  return bytes;
}

function workbookBytes(rows: unknown[][], bookType: 'xlsx' | 'ods' = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Feuil1');
  return XLSX.write(book, { type: 'buffer', bookType }) as Uint8Array;
}

describe('bad input gets a coded error naming the file, never a crash', () => {
  it('an empty file, or one holding only a byte-order mark and blank lines', async () => {
    expect(await failureOf(fixture('vide.csv', ''))).toBe('file.empty');
    expect(await failureOf(fixture('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x0a])))).toBe('file.empty');
  });

  it('a binary file named .csv', async () => {
    expect(await failureOf(fixture('image.csv', seededBytes(4096, 7)))).toBe('file.binary');
  });

  it('a missing file', async () => {
    expect(await failureOf(path.join(dir, 'absent.csv'))).toBe('file.not-found');
  });

  it.skipIf(process.getuid?.() === 0)('a file another program keeps from being read', async () => {
    const file = fixture('verrouille.csv', 'a;b\n1;2\n');
    chmodSync(file, 0o000);
    expect(await failureOf(file)).toBe('file.locked');
    chmodSync(file, 0o600);
  });

  it('a file deleted or changed while open', async () => {
    const file = fixture('change.csv', 'nom;ville\nDupont;Albi\nDurand;Rodez\n');
    const table = await openTable(file);
    expect(await table.readRows(0, 2)).toHaveLength(2);
    writeFileSync(file, 'nom;ville\nMartin;Castres\n');
    await expect(table.readRows(0, 2)).rejects.toMatchObject({ code: 'file.changed-while-open' });
    unlinkSync(file);
    await expect(table.readRows(0, 2)).rejects.toMatchObject({ code: 'file.changed-while-open' });
    await table.close();
  });

  it('a line of 50 MB', async () => {
    const line = Buffer.alloc(50 * 1024 * 1024, 0x61);
    const file = fixture('ligne.csv', Buffer.concat([Buffer.from('a;b\n1;'), line, Buffer.from('\n')]));
    expect(await failureOf(file)).toBe('file.line-too-long');
  });

  it('a quote never closed, swallowing the rest of a large file', async () => {
    const rows = Array.from({ length: 400_000 }, (_, i) => `${i};ligne numéro ${i} avec du texte pour grossir`).join('\n');
    expect(await failureOf(fixture('guillemet.csv', `id;texte\n1;"jamais fermé\n${rows}\n`))).toBe('file.line-too-long');
  });

  it('a CSV table wider than Atelier reads', async () => {
    const header = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(';');
    expect(await failureOf(fixture('large.csv', `${header}\n${header.replace(/c/g, '')}\n`))).toBe('table.too-many-columns');
  });

  it('a workbook with 16 384 columns', async () => {
    const row = Array.from({ length: 16_384 }, (_, i) => i);
    expect(await failureOf(fixture('colonnes.xlsx', workbookBytes([row.map((i) => `c${i}`), row])))).toBe('file.too-many-columns');
  });

  it('a truncated workbook', async () => {
    const bytes = workbookBytes([['nom', 'ville'], ['Dupont', 'Albi']]);
    const file = fixture('tronque.xlsx', bytes);
    truncateSync(file, Math.floor(bytes.length / 2));
    expect(await failureOf(file)).toBe('file.corrupt');
  });

  it('a password-protected workbook', async () => {
    const source = path.resolve(process.cwd(), '../shared/corpus/sheetjs/password_2002_40_xor.xls');
    expect(await failureOf(fixture('protege.xls', readFileSync(source)))).toBe('file.encrypted');
  });

  it('a sheet name that does not exist', async () => {
    const file = fixture('feuilles.ods', workbookBytes([['nom'], ['Dupont']], 'ods'));
    await expect(openTable(file, { sheet: 'Absente' })).rejects.toMatchObject({ code: 'file.sheet-not-found' });
  });

  it('an encoding or a delimiter the clerk mistyped', async () => {
    const file = fixture('saisie.csv', 'a;b\n1;2\n');
    await expect(openTable(file, { encoding: 'klingon' })).rejects.toMatchObject({ code: 'file.unknown-encoding' });
    await expect(openTable(file, { delimiter: ';;' })).rejects.toMatchObject({ code: 'file.bad-delimiter' });
  });
});
