import type { Cell } from '../../../shared/table/cell.js';
import type { NumberFormat } from './number-format.js';

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1904 system (Mac Excel before 2011): 1 January 1904. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Day 0 of the 1900 system once past Excel's phantom 29 February 1900 (serial 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** The last day Excel shows: 31 December 9999. */
const LAST_SERIAL = 2_958_465;

/**
 * The cell value of a number shown through a number format: dates as `YYYY-MM-DD` (with
 * `THH:MM:SS` when the time is not midnight), times of day and durations as `HH:MM:SS`,
 * zero-padded codes as their padded text, other numbers unchanged. A serial outside Excel's
 * calendar stays a number, as Excel shows `####`.
 */
export function numberCell(value: number, format: NumberFormat, date1904: boolean): Cell {
  const kind = format.kind;
  if (kind === 'number') return value;
  if (kind === 'code') return Number.isSafeInteger(value) && value >= 0 ? String(value).padStart(format.digits, '0') : value;
  if (!Number.isFinite(value) || value < 0 || value > LAST_SERIAL + 1) return value;
  if (kind === 'date') return excelSerialToIso(value, date1904);
  const seconds = Math.round((kind === 'time' ? value - Math.floor(value) : value) * 86_400);
  return formatClock(kind === 'time' ? seconds % 86_400 : seconds);
}

/**
 * Converts an Excel serial date. In the 1900 system Excel counts a 29 February 1900 that never
 * was (serial 60, kept from Lotus 1-2-3): serials below it start one day later, and 60 itself is
 * given as Excel shows it.
 */
export function excelSerialToIso(serial: number, date1904: boolean): string {
  const totalSeconds = Math.round(serial * 86_400);
  const days = Math.floor(totalSeconds / 86_400);
  const seconds = totalSeconds - days * 86_400;
  let datePart: string;
  if (date1904) {
    datePart = isoDate(EPOCH_1904 + days * MS_PER_DAY);
  } else if (days === 60) {
    datePart = '1900-02-29';
  } else {
    datePart = isoDate(EPOCH_1900 + (days < 60 ? days + 1 : days) * MS_PER_DAY);
  }
  return seconds === 0 ? datePart : `${datePart}T${formatClock(seconds)}`;
}

/**
 * `YYYY-MM-DD` of a UTC time, by the civil-from-days arithmetic (H. Hinnant) rather than through
 * a `Date`, as it runs for every date cell of a sheet.
 */
function isoDate(ms: number): string {
  const z = Math.floor(ms / MS_PER_DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad2(month)}-${pad2(day)}`;
}

function formatClock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Normalises an ISO date-time written in the file (ODS `office:date-value`, XLSX `t="d"`) to the
 * cell convention: seconds rounded, time zone dropped, midnight dropped. Anything else is kept as
 * written.
 */
export function normaliseIsoDateTime(text: string): string {
  const match = /^(-?\d{4,}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(text.trim());
  if (!match) return text;
  const [, date = '', hh = '00', mm = '00', ss = '00', fraction] = match;
  let seconds = Number(hh) * 3600 + Number(mm) * 60 + Number(ss) + (fraction ? Math.round(Number(fraction)) : 0);
  if (seconds >= 86_400) seconds = 86_399;
  return seconds === 0 ? date : `${date}T${formatClock(seconds)}`;
}

/** Converts an ISO 8601 duration (`PT12H30M05S`, ODS `office:time-value`) to `HH:MM:SS`. */
export function isoDurationToClock(text: string): string {
  const match = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(text.trim());
  if (!match) return text;
  const [, d = '0', h = '0', m = '0', s = '0'] = match;
  return formatClock(Number(d) * 86_400 + Number(h) * 3600 + Number(m) * 60 + Math.round(Number(s)));
}
