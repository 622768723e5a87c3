import { describe, expect, it } from 'vitest';
import { csvValueWriter, decimalText, isoDateText } from '../../../shared/transform/csv-value.js';
import { ageBand, dateParts } from '../../../shared/transform/date-generalisation.js';
import { parseDate } from '../../../shared/table/value-parse.js';

// The export reads the two commonest date spellings and plain numbers without regexes; these
// pin what the clerk sees in the published file for the shapes those shortcuts take or refuse.
describe('dates of ten characters', () => {
  it('reads day-first dates with any of the three separators, and ISO dates', () => {
    expect(isoDateText('12/03/2024')).toBe('2024-03-12');
    expect(isoDateText('12.03.2024')).toBe('2024-03-12');
    expect(isoDateText('12-03-2024')).toBe('2024-03-12');
    expect(isoDateText('2024-03-12')).toBe('2024-03-12');
    expect(parseDate('29/02/2024')).toEqual({ iso: '2024-02-29', hasTime: false });
  });

  it('leaves impossible or mixed spellings as written', () => {
    expect(isoDateText('29/02/2023')).toBe('29/02/2023');
    expect(isoDateText('2024-02-30')).toBe('2024-02-30');
    expect(isoDateText('12/03.2024')).toBe('12/03.2024');
    expect(isoDateText('1a/03/2024')).toBe('1a/03/2024');
    expect(parseDate('00/01/2024')).toBeNull();
  });

  it('still reads padded, short and timed spellings', () => {
    expect(isoDateText(' 2/03/2024')).toBe('2024-03-02');
    expect(isoDateText('2/3/24')).toBe('2024-03-02');
    expect(isoDateText('12/03/2024 08h30')).toBe('2024-03-12T08:30:00');
    expect(dateParts('05/11/1987')).toEqual({ year: 1987, month: 11, day: 5 });
    expect(ageBand('05/11/1987', 10, { year: 2026, month: 1, day: 1 })).toBe('30-39');
  });
});

describe('numbers in number columns', () => {
  it('spells them plainly, keeping every decimal and an exponent as written', () => {
    expect(decimalText('12 345,67')).toBe('12345.67');
    expect(decimalText('-1 000.5')).toBe('-1000.5');
    expect(decimalText('1,5E3')).toBe('1.5E3');
    expect(decimalText(' 007 ')).toBe(' 007 ');
    expect(decimalText('12 34')).toBe('12 34');
    expect(decimalText('1,234.5')).toBe('1,234.5');
  });

  it('writes non-text cells of a number or date column as the CSV spells them', () => {
    expect(csvValueWriter('decimal')(2.5)).toBe('2.5');
    expect(csvValueWriter('date')(null)).toBe('');
    expect(csvValueWriter('text')('  gardé  ')).toBe('  gardé  ');
  });
});
