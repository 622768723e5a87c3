import type { Cell } from './cell.js';
import { parseDate, parseNumber, type CellKind } from './value-parse.js';

/**
 * What one text cell holds: its kind and, for numbers, the value; for dates, a sortable key
 * `yyyymmddhhmmss`. Returned in one reused object, because the profiler reads every cell of
 * files of millions of rows and must not allocate per cell: copy what you keep.
 */
export interface CellReading {
  kind: CellKind;
  value: number;
}

const reading: CellReading = { kind: 'empty', value: 0 };

const ERROR_VALUES = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#N/D', '#VALEUR!', '#NOM?', '#NOMBRE!', '#NUL!']);
const BOOLEAN_WORDS = new Set(['true', 'false', 'vrai', 'faux', 'oui', 'non']);

function done(kind: CellKind, value = 0): CellReading {
  reading.kind = kind;
  reading.value = value;
  return reading;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x202f;
}

/** A short token of capitals and digits (`2A`, `12M067`, `D-2018-21`), as `classifyText` defines it. */
function isCodeLike(s: string): boolean {
  if (s.length > 24) return false;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c >= 65 && c <= 90) letters++;
    else if (c !== 45 && c !== 95 && c !== 46 && c !== 47) return false;
  }
  return digits > 0 && (letters > 0 || digits < s.length);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dateKey(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return -1;
  if (month === 2 && day === 29 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return -1;
  return (year * 10000 + month * 100 + day) * 1_000_000;
}

/** Reads `d/m/yy`, `dd/mm/yyyy` (also with `-` or `.`) and `yyyy-mm-dd` without a time, char by char. */
function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

function plainDate(s: string, n: number): number {
  if (n === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    return dateKey(digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3), digitAt(s, 5) * 10 + digitAt(s, 6), digitAt(s, 8) * 10 + digitAt(s, 9));
  }
  let i = 0;
  let day = 0;
  for (; i < n && i < 2 && isDigit(s.charCodeAt(i)); i++) day = day * 10 + digitAt(s, i);
  const sep = s.charCodeAt(i);
  if (i === 0 || (sep !== 47 && sep !== 45 && sep !== 46)) return -1;
  const monthStart = ++i;
  let month = 0;
  for (; i < n && i - monthStart < 2 && isDigit(s.charCodeAt(i)); i++) month = month * 10 + digitAt(s, i);
  if (i === monthStart || s.charCodeAt(i) !== sep) return -1;
  const yearStart = ++i;
  let year = 0;
  for (; i < n && isDigit(s.charCodeAt(i)); i++) year = year * 10 + digitAt(s, i);
  const yearDigits = i - yearStart;
  if (i !== n || (yearDigits !== 2 && yearDigits !== 4)) return -1;
  if (yearDigits === 2) year += year < 50 ? 2000 : 1900;
  return dateKey(year, month, day);
}

function isoKey(iso: string): number {
  const d = Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
  const t = iso.length > 10 ? Number(iso.slice(11, 13)) * 10000 + Number(iso.slice(14, 16)) * 100 + Number(iso.slice(17, 19)) : 0;
  return d * 1_000_000 + t;
}

/** The ISO text of a date key made by `readText`. */
export function dateKeyToIso(key: number): string {
  const day = Math.floor(key / 1_000_000);
  const time = key % 1_000_000;
  const date = `${String(Math.floor(day / 10000)).padStart(4, '0')}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
  if (time === 0) return date;
  return `${date}T${String(Math.floor(time / 10000)).padStart(2, '0')}:${String(Math.floor(time / 100) % 100).padStart(2, '0')}:${String(time % 100).padStart(2, '0')}`;
}

/** Cells starting with a digit or a sign: codes, integers, decimals, dates, or text after all. */
function readNumeric(s: string, n: number, c0: number): CellReading {
  const signed = c0 === 45 || c0 === 43;
  let i = signed ? 1 : 0;
  let value = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    value = value * 10 + (c - 48);
  }
  const digitsEnd = i;
  if (digitsEnd === n && n > (signed ? 1 : 0)) {
    if (!signed && c0 === 48 && n > 1) return done('code');
    return done('integer', c0 === 45 ? -value : value);
  }
  const c = s.charCodeAt(i);
  if (!signed && (c === 47 || c === 45 || c === 46)) {
    const key = plainDate(s, n);
    if (key >= 0) return done('date', key);
  }
  if (c === 47 || c === 45 || c === 58 || (c === 46 && s.indexOf('.', i + 1) !== -1) || c === 84 || c === 32) {
    const date = parseDate(s);
    if (date) return done(date.hasTime ? 'datetime' : 'date', isoKey(date.iso));
  }
  const number = parseNumber(s);
  if (number !== null) {
    if (c0 === 48 && n > 1 && isDigit(s.charCodeAt(1))) return done('codeLike');
    let integral = true;
    for (let k = digitsEnd; k < n; k++) {
      const ch = s.charCodeAt(k);
      if (ch === 44 || ch === 46 || ch === 101 || ch === 69) integral = false;
    }
    return done(integral && Number.isInteger(number) ? 'integer' : 'decimal', number);
  }
  return done(isCodeLike(s) ? 'codeLike' : 'text');
}

/**
 * Reads one text cell the way a clerk reads it (see `CellKind`), with fast paths for what fills
 * most cells — words, digit strings, `dd/mm/yyyy` and ISO dates — and the general parsers of
 * `value-parse.ts` for the rest.
 */
export function readText(raw: string): CellReading {
  let s = raw;
  let n = s.length;
  if (n === 0) return done('empty');
  let c0 = s.charCodeAt(0);
  if (isSpace(c0) || isSpace(s.charCodeAt(n - 1))) {
    s = s.trim();
    n = s.length;
    if (n === 0) return done('empty');
    c0 = s.charCodeAt(0);
  }
  // A lone dash is how accounting exports write "nothing" (Excel's zero format ` -   `).
  if (n === 1 && (c0 === 45 || c0 === 0x2013 || c0 === 0x2014)) return done('empty');
  if (isDigit(c0) || c0 === 45 || c0 === 43) return readNumeric(s, n, c0);
  if (c0 === 35) return done(ERROR_VALUES.has(s.toUpperCase()) ? 'error' : 'text');
  if (n <= 5 && BOOLEAN_WORDS.has(s.toLowerCase())) return done('boolean');
  if (c0 >= 65 && c0 <= 90 && isCodeLike(s)) return done('codeLike');
  return done('text');
}

/** Whether a text cell is blank (empty or only spaces), without allocating. */
export function isBlankText(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (!isSpace(s.charCodeAt(0))) return false;
  return s.trim().length === 0;
}

/** Sorts a text cell into its kind (see `CellKind`), the way a clerk reads it. */
export function classifyText(raw: string): CellKind {
  return readText(raw).kind;
}

/** Sorts any cell into its kind: workbook numbers, booleans and ISO dates keep their nature. */
export function classifyCell(cell: Cell): CellKind {
  if (cell === null) return 'empty';
  if (typeof cell === 'number') return Number.isInteger(cell) ? 'integer' : 'decimal';
  if (typeof cell === 'boolean') return 'boolean';
  return readText(cell).kind;
}
