/**
 * Dates made coarser (« généraliser »): to the year, to the month, or — for birth dates — to an
 * age band, the generalisations the CNIL/CADA open-data guide gives as examples. A value that is
 * not a date cannot be generalised and is emptied rather than published as is.
 */
import type { Cell } from '../table/cell.js';
import { parseCalendarDay } from '../table/value-parse.js';

/** A calendar date, read once. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The year, month and day of a cell holding a date (ISO, `dd/mm/yyyy`, workbook ISO string), or null. */
export function dateParts(cell: Cell): DateParts | null {
  if (typeof cell !== 'string') return null;
  const parsed = parseCalendarDay(cell);
  return parsed ? { year: parsed.year, month: parsed.month, day: parsed.day } : null;
}

/** `14/03/2021` → `2021`; empty when the cell is not a date. */
export function dateToYear(cell: Cell): string {
  const parts = dateParts(cell);
  return parts ? String(parts.year).padStart(4, '0') : '';
}

/** `14/03/2021` → `2021-03`; empty when the cell is not a date. */
export function dateToMonth(cell: Cell): string {
  const parts = dateParts(cell);
  return parts ? `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}` : '';
}

/** Ages from this one up are one band: very old people are few, and few means identifiable. */
export const AGE_TOP_CODE = 90;

/** Completed years between a birth date and the reference date, or null when not computable. */
export function ageAt(birth: Cell, referenceDate: string | DateParts): number | null {
  const born = dateParts(birth);
  const at = typeof referenceDate === 'string' ? dateParts(referenceDate) : referenceDate;
  if (!born || !at) return null;
  let age = at.year - born.year;
  if (at.month < born.month || (at.month === born.month && at.day < born.day)) age -= 1;
  return age >= 0 ? age : null;
}

/**
 * A birth date as an age band at the reference date: `35-39` for width 5, `90+` from
 * `AGE_TOP_CODE` up; empty when the cell is not a date or is after the reference date.
 */
export function ageBand(birth: Cell, width: number, referenceDate: string | DateParts): string {
  const age = ageAt(birth, referenceDate);
  if (age === null) return '';
  if (age >= AGE_TOP_CODE) return `${AGE_TOP_CODE}+`;
  const low = Math.floor(age / width) * width;
  return `${low}-${Math.min(low + width - 1, AGE_TOP_CODE - 1)}`;
}
