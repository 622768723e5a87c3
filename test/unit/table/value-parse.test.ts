import { describe, expect, it } from 'vitest';
import { classifyCell, classifyText } from '../../../shared/table/cell-reading.js';
import { parseBoolean, parseDate, parseNumber } from '../../../shared/table/value-parse.js';

describe('numbers as French clerks write them', () => {
  it('reads grouped thousands with spaces and a decimal comma', () => {
    expect(parseNumber('1 063 850,00')).toBe(1063850);
    expect(parseNumber('1\u00a0063\u00a0850,5')).toBe(1063850.5);
    expect(parseNumber('1\u202f000')).toBe(1000);
    expect(parseNumber('2,25085170536868073')).toBeCloseTo(2.25085170536868);
  });
  it('reads decimal points, signs and exponents', () => {
    expect(parseNumber('1308.66')).toBe(1308.66);
    expect(parseNumber('-12')).toBe(-12);
    expect(parseNumber('+3,5')).toBe(3.5);
    expect(parseNumber('1e5')).toBe(100000);
  });
  it('refuses phone numbers, badly grouped digits and words', () => {
    expect(parseNumber('04 67 02 21 60')).toBeNull();
    expect(parseNumber('12 5')).toBeNull();
    expect(parseNumber('1.234.567')).toBeNull();
    expect(parseNumber('douze')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('dates', () => {
  it('reads dd/mm/yyyy day first, and two-digit years', () => {
    expect(parseDate('12/03/2024')).toEqual({ iso: '2024-03-12', hasTime: false });
    expect(parseDate('01-10-17')).toEqual({ iso: '2017-10-01', hasTime: false });
    expect(parseDate('13/2/13')).toEqual({ iso: '2013-02-13', hasTime: false });
    expect(parseDate('05/01/87')).toEqual({ iso: '1987-01-05', hasTime: false });
  });
  it('reads ISO dates and date-times', () => {
    expect(parseDate('2024-03-12')).toEqual({ iso: '2024-03-12', hasTime: false });
    expect(parseDate('2024-03-12T08:30:00')).toEqual({ iso: '2024-03-12T08:30:00', hasTime: true });
    expect(parseDate('12/03/2024 08h30')).toEqual({ iso: '2024-03-12T08:30:00', hasTime: true });
  });
  it('refuses impossible dates', () => {
    expect(parseDate('31/02/2024')).toBeNull();
    expect(parseDate('2023-02-29')).toBeNull();
    expect(parseDate('12/13/2024')).toBeNull();
  });
});

describe('what a cell holds', () => {
  it('keeps codes with leading zeros as codes', () => {
    expect(classifyText('01')).toBe('code');
    expect(classifyText('09000')).toBe('code');
    expect(classifyText('2A')).toBe('codeLike');
    expect(classifyText('12M067')).toBe('codeLike');
    expect(classifyText('0')).toBe('integer');
  });
  it('tells numbers, dates, booleans, errors and text apart', () => {
    expect(classifyText('1 063 850,00')).toBe('decimal');
    expect(classifyText('2014')).toBe('integer');
    expect(classifyText('12/03/2024')).toBe('date');
    expect(classifyText('2024-03-12 08:30')).toBe('datetime');
    expect(classifyText('oui')).toBe('boolean');
    expect(classifyText('FAUX')).toBe('boolean');
    expect(classifyText('#N/A')).toBe('error');
    expect(classifyText('Extraction du 12/03/2024')).toBe('text');
    expect(classifyText('  ')).toBe('empty');
    expect(classifyText(' - ')).toBe('empty');
  });
  it('keeps the nature of workbook cells', () => {
    expect(classifyCell(42)).toBe('integer');
    expect(classifyCell(4.2)).toBe('decimal');
    expect(classifyCell(true)).toBe('boolean');
    expect(classifyCell(null)).toBe('empty');
    expect(classifyCell('2024-03-12')).toBe('date');
  });
  it('reads French and English booleans', () => {
    expect(parseBoolean('Vrai')).toBe(true);
    expect(parseBoolean('non')).toBe(false);
    expect(parseBoolean('peut-être')).toBeNull();
  });
});
