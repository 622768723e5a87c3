import { describe, expect, it } from 'vitest';
import { ageAt, ageBand, dateToMonth, dateToYear } from '../../../shared/transform/date-generalisation.js';
import { csvValue, decimalText, isoDateText } from '../../../shared/transform/csv-value.js';

describe('date → year / month', () => {
  it('reads French and ISO dates alike', () => {
    expect(dateToYear('14/03/2021')).toBe('2021');
    expect(dateToYear('2021-03-14')).toBe('2021');
    expect(dateToYear('2021-03-14T08:30:00')).toBe('2021');
    expect(dateToMonth('14/03/2021')).toBe('2021-03');
    expect(dateToMonth('5.1.1987')).toBe('1987-01');
  });

  it('empties what is not a date instead of publishing it', () => {
    expect(dateToYear('inconnue')).toBe('');
    expect(dateToYear('31/02/2021')).toBe('');
    expect(dateToMonth(null)).toBe('');
    expect(dateToYear(44000)).toBe('');
  });
});

describe('birth date → age band', () => {
  it('counts completed years at the reference date', () => {
    expect(ageAt('1985-05-12', '2026-05-11')).toBe(40);
    expect(ageAt('1985-05-12', '2026-05-12')).toBe(41);
    expect(ageAt('29/02/2000', '2026-02-28')).toBe(25);
  });

  it('bands by 5 or 10 years and top-codes the very old', () => {
    expect(ageBand('12/05/1985', 5, '2026-01-01')).toBe('40-44');
    expect(ageBand('12/05/1985', 10, '2026-01-01')).toBe('40-49');
    expect(ageBand('01/01/2025', 5, '2026-01-01')).toBe('0-4');
    expect(ageBand('1920-06-01', 5, '2026-01-01')).toBe('90+');
    expect(ageBand('1937-06-01', 10, '2026-01-01')).toBe('80-89');
  });

  it('empties birth dates after the reference date or unreadable', () => {
    expect(ageBand('2027-01-01', 5, '2026-01-01')).toBe('');
    expect(ageBand('né en 1985', 5, '2026-01-01')).toBe('');
  });
});

describe('writer normalisation', () => {
  it('writes dates in ISO 8601', () => {
    expect(isoDateText('14/03/2021')).toBe('2021-03-14');
    expect(isoDateText('14/03/2021 08h30')).toBe('2021-03-14T08:30:00');
    expect(csvValue('14/03/21', 'date')).toBe('2021-03-14');
    expect(csvValue('pas de date', 'date')).toBe('pas de date');
  });

  it('writes decimals with a point and no grouping, keeping every decimal', () => {
    expect(decimalText('1 063 850,00')).toBe('1063850.00');
    expect(decimalText('1\u00a0063\u202f850,5')).toBe('1063850.5');
    expect(decimalText('2,25')).toBe('2.25');
    expect(decimalText('+12')).toBe('12');
    expect(decimalText('-0,5')).toBe('-0.5');
    expect(csvValue('1308.66', 'decimal')).toBe('1308.66');
  });

  it('keeps leading zeros and text that is no number', () => {
    expect(csvValue('007', 'integer')).toBe('007');
    expect(csvValue('09000', 'code')).toBe('09000');
    expect(csvValue('n.c.', 'decimal')).toBe('n.c.');
    expect(csvValue('31 000 habitants', 'integer')).toBe('31 000 habitants');
  });

  it('spells workbook numbers and booleans plainly', () => {
    expect(csvValue(1063850.5, 'decimal')).toBe('1063850.5');
    expect(csvValue(1e-7, 'decimal')).toBe('0.0000001');
    expect(csvValue(true, 'boolean')).toBe('true');
    expect(csvValue(null, 'text')).toBe('');
  });
});
