import { describe, expect, it } from 'vitest';
import { builtInFormat, classifyNumberFormat, readNumberFormat } from '../../../main/files/workbook/number-format.js';
import { excelSerialToIso, isoDurationToClock, normaliseIsoDateTime, numberCell } from '../../../main/files/workbook/excel-serial.js';

describe('number formats', () => {
  it.each([
    ['dd/mm/yyyy', 'date'], ['DD/MM/YYYY', 'date'], ['d-mmm-yy', 'date'], ['mmm-yy', 'date'], ['mmmm', 'date'],
    ['[$-40C]dddd d mmmm yyyy', 'date'], ['yyyy\\-mm\\-dd;@', 'date'], ['dd/mm/yyyy hh:mm', 'date'],
    ['hh:mm', 'time'], ['h:mm:ss AM/PM', 'time'], ['mm:ss', 'time'], ['[h]:mm:ss', 'duration'], ['[mm]:ss', 'duration'],
    ['General', 'number'], ['0.00E+00', 'number'], ['#,##0.00\\ "€"', 'number'], ['[Red]0.00;[Blue]-0.00', 'number'],
    ['0" jours"', 'number'], ['_-* #,##0.00_-', 'number'], ['0.0%', 'number'], ['@', 'number'],
  ])('%s is a %s', (code, kind) => {
    expect(classifyNumberFormat(code)).toBe(kind);
  });

  it('knows the built-in date and time ids', () => {
    expect([14, 15, 16, 17, 22].map((id) => builtInFormat(id).kind)).toEqual(['date', 'date', 'date', 'date', 'date']);
    expect([18, 20, 21, 45].map((id) => builtInFormat(id).kind)).toEqual(['time', 'time', 'time', 'time']);
    expect(builtInFormat(46).kind).toBe('duration');
    expect([0, 1, 2, 4, 9, 10, 49].map((id) => builtInFormat(id).kind)).toEqual(Array(7).fill('number'));
  });

  it('reads zero-padded codes with their width', () => {
    expect(readNumberFormat('00000')).toEqual({ kind: 'code', digits: 5 });
    expect(readNumberFormat('[<=99999]00000;General')).toEqual({ kind: 'code', digits: 5 });
    expect(readNumberFormat('0').kind).toBe('number');
    expect(readNumberFormat('0.00').kind).toBe('number');
  });
});

describe('Excel serial numbers', () => {
  it('converts the 1900 system, with its phantom 29 February', () => {
    expect(excelSerialToIso(1, false)).toBe('1900-01-01');
    expect(excelSerialToIso(59, false)).toBe('1900-02-28');
    expect(excelSerialToIso(60, false)).toBe('1900-02-29');
    expect(excelSerialToIso(61, false)).toBe('1900-03-01');
    expect(excelSerialToIso(45363, false)).toBe('2024-03-12');
    expect(excelSerialToIso(2_958_465, false)).toBe('9999-12-31');
  });

  it('converts the 1904 system', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(43901, true)).toBe('2024-03-12');
  });

  it('keeps the time to the nearest second, and drops midnight', () => {
    expect(excelSerialToIso(45363.354166666664, false)).toBe('2024-03-12T08:30:00');
    expect(excelSerialToIso(45363.99999999, false)).toBe('2024-03-13');
  });

  it('shows numbers through their format', () => {
    const date = readNumberFormat('dd/mm/yyyy');
    expect(numberCell(45363, date, false)).toBe('2024-03-12');
    expect(numberCell(-1, date, false)).toBe(-1);
    expect(numberCell(3e6, date, false)).toBe(3e6);
    expect(numberCell(45363.75, readNumberFormat('hh:mm'), false)).toBe('18:00:00');
    expect(numberCell(1.5, readNumberFormat('[h]:mm'), false)).toBe('36:00:00');
    expect(numberCell(1000, readNumberFormat('00000'), false)).toBe('01000');
    expect(numberCell(1000.5, readNumberFormat('00000'), false)).toBe(1000.5);
    expect(numberCell(12.5, readNumberFormat('0.00'), false)).toBe(12.5);
  });

  it('normalises ISO dates and durations written in files', () => {
    expect(normaliseIsoDateTime('2024-03-12T00:00:00')).toBe('2024-03-12');
    expect(normaliseIsoDateTime('2024-03-12T08:30:00.6Z')).toBe('2024-03-12T08:30:01');
    expect(normaliseIsoDateTime('2024-03-12')).toBe('2024-03-12');
    expect(normaliseIsoDateTime('pas une date')).toBe('pas une date');
    expect(isoDurationToClock('PT12H30M05S')).toBe('12:30:05');
    expect(isoDurationToClock('P1DT2H')).toBe('26:00:00');
  });
});
