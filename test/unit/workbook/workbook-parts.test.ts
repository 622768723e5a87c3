import { describe, expect, it } from 'vitest';
import { DenseRow } from '../../../main/files/workbook/dense-row.js';
import { fileSystemError } from '../../../main/files/workbook/source-file.js';
import { containerOf } from '../../../main/files/workbook/workbook-container.js';
import { biffHasFilePass } from '../../../main/files/workbook/xls/ole-container.js';
import { parseRangeReference } from '../../../main/files/workbook/xlsx/cell-reference.js';
import { resolvePartPath } from '../../../main/files/workbook/xlsx/xlsx-package.js';
import { odsCellValue } from '../../../main/files/workbook/ods/ods-cell-value.js';

describe('dense rows', () => {
  it('fill gaps with null and drop trailing empties', () => {
    const row = new DenseRow(10, { file: 'f.xlsx', sheet: 'S' });
    row.set(2, 'c');
    row.set(0, 1);
    row.set(5, null);
    expect(row.take()).toEqual([1, null, 'c']);
    row.set(3, null);
    expect(row.take()).toBeNull();
  });

  it('refuse a value past the column limit', () => {
    const row = new DenseRow(4, { file: 'f.xlsx', sheet: 'S' });
    row.set(100, null);
    expect(() => row.set(4, 'x')).toThrow(expect.objectContaining({ code: 'file.too-many-columns', details: { file: 'f.xlsx', sheet: 'S', columns: 5, limit: 4 } }));
  });
});

describe('container sniffing', () => {
  it('recognises zip, OLE2 and bare BIFF by their first bytes', () => {
    expect(containerOf(Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe('zip');
    expect(containerOf(Uint8Array.from([0x50, 0x4b, 5, 6]))).toBe('zip');
    expect(containerOf(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
    expect(containerOf(Uint8Array.from([0x09, 0x04, 0x06, 0x00, 0, 0, 0x10, 0]))).toBe('biff');
    expect(containerOf(new TextEncoder().encode('Nom;Montant'))).toBe('none');
    expect(containerOf(new Uint8Array(0))).toBe('none');
  });

  it('finds a FILEPASS record before the first sheet only', () => {
    const record = (type: number, length: number): number[] => [type & 0xff, type >> 8, length & 0xff, length >> 8, ...Array<number>(length).fill(0)];
    expect(biffHasFilePass([...record(0x0809, 16), ...record(0x002f, 6), ...record(0x0085, 8)])).toBe(true);
    expect(biffHasFilePass([...record(0x0809, 16), ...record(0x0085, 8), ...record(0x002f, 6)])).toBe(false);
  });
});

describe('references and paths', () => {
  it('parses merged ranges', () => {
    expect(parseRangeReference('A1:C2')).toEqual({ startRow: 0, startColumn: 0, endRow: 1, endColumn: 2 });
    expect(parseRangeReference('$AA$10')).toEqual({ startRow: 9, startColumn: 26, endRow: 9, endColumn: 26 });
    expect(parseRangeReference('XFD1048576:A1')).toEqual({ startRow: 0, startColumn: 0, endRow: 1_048_575, endColumn: 16_383 });
    expect(parseRangeReference('nope')).toBeNull();
  });

  it('resolves relation targets', () => {
    expect(resolvePartPath('xl/', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartPath('xl/', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartPath('xl/worksheets/', '../sharedStrings.xml')).toBe('xl/sharedStrings.xml');
  });
});

describe('operating-system errors', () => {
  const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });
  it.each([['ENOENT', 'file.not-found'], ['EBUSY', 'file.locked'], ['EPERM', 'file.locked'], ['EACCES', 'file.locked'], ['EIO', 'file.corrupt']])('%s is %s', (code, expected) => {
    expect(fileSystemError(errno(code), '/tmp/dossier/Budget 2024.xlsx')).toMatchObject({ code: expected, details: { file: 'Budget 2024.xlsx' } });
  });
});

describe('ODS cell values', () => {
  const base = { valueType: undefined, value: undefined, dateValue: undefined, timeValue: undefined, booleanValue: undefined, stringValue: undefined };
  it('prefers typed attributes to the displayed text', () => {
    expect(odsCellValue({ ...base, valueType: 'float', value: '1063850' }, '1 063 850,00')).toBe(1063850);
    expect(odsCellValue({ ...base, valueType: 'float', value: '1000' }, '01000')).toBe('01000');
    expect(odsCellValue({ ...base, valueType: 'date', dateValue: '2024-03-12T00:00:00' }, '12/03/2024')).toBe('2024-03-12');
    expect(odsCellValue({ ...base, valueType: 'boolean', booleanValue: 'false' }, 'FAUX')).toBe(false);
    expect(odsCellValue({ ...base, valueType: 'string', stringValue: 'brut' }, 'affiché')).toBe('brut');
    expect(odsCellValue(base, '#DIV/0!')).toBe('#DIV/0!');
    expect(odsCellValue(base, '')).toBeNull();
  });
});
