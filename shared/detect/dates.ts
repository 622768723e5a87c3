/**
 * Calendar dates as French tables write them (`12/03/1985`, `1985-03-12`, `12.03.1985`,
 * `12 mars 1985`), and the profile that tells birth dates from administrative dates:
 * births happen every day of the week and spread over decades. Reference §3.12.
 */

import { foldAccents } from './text-fold.js';

/** A parsed date. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, decembre: 12, janv: 1, fevr: 2, fev: 2, avr: 4, juil: 7, sept: 9, sep: 9, oct: 10, nov: 11, dec: 12,
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function valid(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1850 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day <= last ? { year, month, day } : null;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;
const TEXTUAL = /^(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})$/;

/** Parses one date, or returns null. Workbook dates arrive as ISO strings. */
export function parseCalendarDate(value: string): CalendarDate | null {
  if (value.length < 8 || value.length > 32) return null;
  let match = DMY.exec(value);
  if (match) return valid(Number(match[3]), Number(match[2]), Number(match[1]));
  match = YMD.exec(value);
  if (match) return valid(Number(match[1]), Number(match[2]), Number(match[3]));
  // `12 mars 1985`: only a value with a letter can be written out.
  if (!/[A-Za-zÀ-ÿ]/.test(value)) return null;
  const folded = foldAccents(value);
  match = TEXTUAL.exec(folded);
  if (match) {
    const month = MONTHS[match[2] ?? ''];
    return month ? valid(Number(match[3]), month, Number(match[1])) : null;
  }
  return null;
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SHORT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const TEXTUAL_MONTH_YEAR = /^([a-z]+)\.? (\d{4})$/;

/**
 * A date written so that it cannot be placed on the calendar for sure — `19850312`, `12/03/85`,
 * `03/1985`, `1985-03`, `mars 1985` — yet a date all the same: under a birth-date header, the
 * month and year of a birth are still personal data. Never counted without such a header.
 */
export function isPartialDate(value: string): boolean {
  if (value.length < 6 || value.length > 16) return false;
  let match = COMPACT.exec(value);
  if (match) return valid(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
  match = SHORT_YEAR.exec(value);
  if (match) return valid(2000, Number(match[2]), Number(match[1])) !== null;
  match = MONTH_YEAR.exec(value);
  if (match) return valid(Number(match[2]), Number(match[1]), 1) !== null;
  match = YEAR_MONTH.exec(value);
  if (match) return valid(Number(match[1]), Number(match[2]), 1) !== null;
  match = TEXTUAL_MONTH_YEAR.exec(foldAccents(value.toLowerCase()));
  return match !== null && MONTHS[match[1] ?? ''] !== undefined && valid(Number(match[2]), 1, 1) !== null;
}

const WEEKDAY_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  // Sakamoto's method: January and February count as months of the year before.
  const year = date.month < 3 ? date.year - 1 : date.year;
  return (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + (WEEKDAY_OFFSETS[date.month - 1] ?? 0) + date.day) % 7;
}

/** Age in whole years on the reference date (may be negative for future dates). */
export function ageOn(date: CalendarDate, reference: CalendarDate): number {
  let age = reference.year - date.year;
  if (reference.month < date.month || (reference.month === date.month && reference.day < date.day)) age -= 1;
  return age;
}
