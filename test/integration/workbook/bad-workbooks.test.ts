import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKBOOK_LIMITS, identifyWorkbook, openWorkbook } from '../../../main/files/workbook/index.js';
import { temporaryFolder, writeEncryptedXlsx, writeOds, writePasswordProtectedXls, writeXlsx } from './workbook-fixtures.js';

const dir = temporaryFolder();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const CORPUS = path.resolve(process.cwd(), '../shared/corpus');

async function readFirstSheet(file: string, format: 'xlsx' | 'xls' | 'ods', limits = DEFAULT_WORKBOOK_LIMITS): Promise<number> {
  const workbook = await openWorkbook(file, format, limits);
  try {
    let rows = 0;
    await workbook.readSheet(workbook.sheets[0]?.name ?? '', () => (rows += 1));
    return rows;
  } finally {
    await workbook.close();
  }
}

function simpleXlsx(name: string, body = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'): string {
  const file = path.join(dir, name);
  writeXlsx(file, { sheets: [{ name: 'Feuil1', body }] });
  return file;
}

describe('workbooks a clerk cannot open get a coded error naming the file', () => {
  it('empty, text and binary files are not workbooks', async () => {
    const empty = path.join(dir, 'vide.xlsx');
    fs.writeFileSync(empty, '');
    const text = path.join(dir, 'texte.xls');
    fs.writeFileSync(text, 'Nom;Montant\r\nMartin;12\r\n');
    const binary = path.join(dir, 'binaire.xlsx');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
    expect(await identifyWorkbook(empty)).toBeNull();
    expect(await identifyWorkbook(text)).toBeNull();
    expect(await identifyWorkbook(binary)).toBeNull();
    await expect(openWorkbook(empty, 'xlsx')).rejects.toMatchObject({ code: 'file.empty', details: { file: 'vide.xlsx' } });
    await expect(openWorkbook(binary, 'xlsx')).rejects.toMatchObject({ code: 'file.unknown-format', details: { file: 'binaire.xlsx' } });
  });

  it('a zip that is no spreadsheet (a Word document) is not a workbook', async () => {
    const file = path.join(dir, 'lettre.xlsx');
    fs.writeFileSync(file, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }));
    expect(await identifyWorkbook(file)).toBeNull();
  });

  it('a missing file is file.not-found', async () => {
    await expect(openWorkbook(path.join(dir, 'absent.xlsx'), 'xlsx')).rejects.toMatchObject({ code: 'file.not-found', details: { file: 'absent.xlsx' } });
    await expect(identifyWorkbook(path.join(dir, 'absent.xlsx'))).rejects.toMatchObject({ code: 'file.not-found' });
  });

  it('a truncated XLSX is still recognised, and reported corrupt', async () => {
    const whole = fs.readFileSync(simpleXlsx('entier.xlsx'));
    const file = path.join(dir, 'tronque.xlsx');
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(await identifyWorkbook(file)).toBe('xlsx');
    await expect(openWorkbook(file, 'xlsx')).rejects.toMatchObject({ code: 'file.corrupt', details: { file: 'tronque.xlsx' } });
  });

  it('damaged compressed data is file.corrupt when the sheet is read', async () => {
    const body = `<sheetData>${Array.from({ length: 2000 }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}"><v>${index}</v></c></row>`).join('')}</sheetData>`;
    const bytes = fs.readFileSync(simpleXlsx('sain.xlsx', body));
    const sheetAt = bytes.indexOf('xl/worksheets/sheet1.xml');
    for (let offset = sheetAt + 60; offset < sheetAt + 400; offset += 1) bytes[offset] = 0xff;
    const file = path.join(dir, 'abime.xlsx');
    fs.writeFileSync(file, bytes);
    await expect(readFirstSheet(file, 'xlsx')).rejects.toMatchObject({ code: 'file.corrupt' });
  });

  it('password-protected workbooks are recognised and refused: encrypted XLSX, XLS with FILEPASS, ODS, zip encryption', async () => {
    const xlsx = path.join(dir, 'chiffre.xlsx');
    writeEncryptedXlsx(xlsx);
    expect(await identifyWorkbook(xlsx)).toBe('xlsx');
    await expect(openWorkbook(xlsx, 'xlsx')).rejects.toMatchObject({ code: 'file.encrypted', details: { file: 'chiffre.xlsx' } });

    const xls = path.join(dir, 'protege.xls');
    writePasswordProtectedXls(xls);
    expect(await identifyWorkbook(xls)).toBe('xls');
    await expect(openWorkbook(xls, 'xls')).rejects.toMatchObject({ code: 'file.encrypted' });

    const ods = path.join(dir, 'protege.ods');
    writeOds(ods, '<table:table table:name="F"/>', { manifestExtra: '<manifest:encryption-data manifest:checksum-type="SHA1"/>' });
    await expect(openWorkbook(ods, 'ods')).rejects.toMatchObject({ code: 'file.encrypted' });

    const zipped = fs.readFileSync(simpleXlsx('zip-chiffre.xlsx'));
    // Set the "encrypted" flag (bit 0) of every central-directory entry, as a zip password does.
    for (let at = zipped.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); at >= 0; at = zipped.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 4)) zipped[at + 8] = (zipped[at + 8] ?? 0) | 1;
    fs.writeFileSync(path.join(dir, 'zip-chiffre.xlsx'), zipped);
    await expect(readFirstSheet(path.join(dir, 'zip-chiffre.xlsx'), 'xlsx')).rejects.toMatchObject({ code: 'file.encrypted' });
  });

  it('the corpus password-protected XLS is refused as encrypted', async () => {
    await expect(openWorkbook(path.join(CORPUS, 'sheetjs/password_2002_40_xor.xls'), 'xls')).rejects.toMatchObject({ code: 'file.encrypted' });
  });

  it('a zip bomb stops at the ratio check, before its size is reached', async () => {
    // 160 MiB of spaces inside the sheet deflate to ~160 KiB: a ratio of about 1 000.
    const padding = Buffer.alloc(160 * 1024 * 1024, 0x20);
    const xml = Buffer.concat([Buffer.from('<worksheet><sheetData>'), padding, Buffer.from('</sheetData></worksheet>')]);
    const file = simpleXlsx('bombe.xlsx');
    const bytes = fs.readFileSync(file);
    const bomb = path.join(dir, 'bombe2.xlsx');
    fs.writeFileSync(bomb, replaceEntry(bytes, 'xl/worksheets/sheet1.xml', zlib.deflateRawSync(xml, { level: 9 }), xml.length));
    await expect(readFirstSheet(bomb, 'xlsx')).rejects.toMatchObject({ code: 'file.zip-bomb', details: { file: 'bombe2.xlsx' } });
  });

  it('an entry declaring more than the size cap is refused before inflating', async () => {
    const file = simpleXlsx('declare.xlsx');
    await expect(readFirstSheet(file, 'xlsx', { ...DEFAULT_WORKBOOK_LIMITS, maxEntryBytes: 64 })).rejects.toMatchObject({ code: 'file.zip-bomb' });
  });

  it('a value in column XFD (16 384 columns) is refused without building huge rows', async () => {
    const file = simpleXlsx('large.xlsx', '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row></sheetData>');
    await expect(readFirstSheet(file, 'xlsx')).rejects.toMatchObject({ code: 'file.too-many-columns', details: { file: 'large.xlsx', columns: 16_384, limit: 4096 } });
    const ods = path.join(dir, 'large.ods');
    writeOds(ods, '<table:table table:name="F"><table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>');
    await expect(readFirstSheet(ods, 'ods')).rejects.toMatchObject({ code: 'file.too-many-columns' });
  });

  it('empty cells repeated over 16 384 columns and a million rows cost nothing', async () => {
    const ods = path.join(dir, 'formatee.ods');
    writeOds(ods, '<table:table table:name="F"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>');
    expect(await readFirstSheet(ods, 'ods')).toBe(1);
  });

  it('entity declarations are never expanded (billion laughs)', async () => {
    const doctype = '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const file = path.join(dir, 'rires.xlsx');
    writeXlsx(file, { doctype, sharedStrings: ['<t>&lol3;</t>'], sheets: [{ name: 'F', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }] });
    const workbook = await openWorkbook(file, 'xlsx');
    const cells: unknown[] = [];
    await workbook.readSheet('F', (_index, row) => cells.push(...row));
    await workbook.close();
    expect(cells).toEqual(['&lol3;']);
  });

  it('a file rewritten while open is noticed; a file deleted while open is still read', async () => {
    const file = simpleXlsx('modifie.xlsx');
    const workbook = await openWorkbook(file, 'xlsx');
    fs.appendFileSync(file, Buffer.alloc(10));
    await expect(workbook.readSheet('Feuil1', () => undefined)).rejects.toMatchObject({ code: 'file.changed-while-open', details: { file: 'modifie.xlsx' } });
    await workbook.close();

    if (process.platform !== 'win32') {
      const deleted = simpleXlsx('supprime.xlsx');
      const opened = await openWorkbook(deleted, 'xlsx');
      fs.unlinkSync(deleted);
      let rows = 0;
      await opened.readSheet('Feuil1', () => (rows += 1));
      await opened.close();
      expect(rows).toBe(1);
    }
  });
});

/** Rebuilds a zip with one entry's data replaced by the given deflated bytes. */
function replaceEntry(zip: Buffer, name: string, deflated: Buffer, size: number): Buffer {
  const entries: { name: string; data: Buffer; method: number; size: number }[] = [];
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    const compressed = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const entryName = zip.subarray(offset + 30, offset + 30 + nameLength).toString();
    const start = offset + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + compressed);
    entries.push(entryName === name ? { name, data: deflated, method: 8, size } : { name: entryName, data, method, size: zip.readUInt32LE(offset + 22) });
    offset = start + compressed;
  }
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let position = 0;
  for (const entry of entries) {
    const nameBytes = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(position, 42);
    locals.push(local, nameBytes, entry.data);
    centrals.push(central, nameBytes);
    position += 30 + nameBytes.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(position, 16);
  return Buffer.concat([...locals, directory, end]);
}
