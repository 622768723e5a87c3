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
function isCodeLike(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n > 24) return false;
  let digits = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c >= 65 && c <= 90) letters++;
    else if (c !== 45 && c !== 95 && c !== 46 && c !== 47) return false;
  }
  return digits > 0 && (letters > 0 || digits < n);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dateKey(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return -1;
  if (month === 2 && day === 29 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return -1;
  return (year * 10000 + month * 100 + day) * 1_000_000;
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Reads `d/m/yy`, `dd/mm/yyyy` (also with `-` or `.`) and `yyyy-mm-dd` without a time, char by char. */
function plainDate(s: string, start: number, end: number): number {
  if (end - start === 10 && s.charCodeAt(start + 4) === 45 && s.charCodeAt(start + 7) === 45) {
    const a = start;
    return dateKey(digitAt(s, a) * 1000 + digitAt(s, a + 1) * 100 + digitAt(s, a + 2) * 10 + digitAt(s, a + 3), digitAt(s, a + 5) * 10 + digitAt(s, a + 6), digitAt(s, a + 8) * 10 + digitAt(s, a + 9));
  }
  let i = start;
  let day = 0;
  for (; i < end && i - start < 2 && isDigit(s.charCodeAt(i)); i++) day = day * 10 + digitAt(s, i);
  const sep = i < end ? s.charCodeAt(i) : -1;
  if (i === start || (sep !== 47 && sep !== 45 && sep !== 46)) return -1;
  const monthStart = ++i;
  let month = 0;
  for (; i < end && i - monthStart < 2 && isDigit(s.charCodeAt(i)); i++) month = month * 10 + digitAt(s, i);
  if (i === monthStart || i >= end || s.charCodeAt(i) !== sep) return -1;
  const yearStart = ++i;
  let year = 0;
  for (; i < end && isDigit(s.charCodeAt(i)); i++) year = year * 10 + digitAt(s, i);
  const yearDigits = i - yearStart;
  if (i !== end || (yearDigits !== 2 && yearDigits !== 4)) return -1;
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

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `12,5`, `-3.25`: digits, one decimal mark, digits, 15 digits at most in all; NaN otherwise.
 * Both integers are exact doubles, so the one division rounds as `Number()` reads the same
 * decimal: the value is exactly `parseNumber`'s, without building a string.
 */
function plainDecimal(s: string, intStart: number, markAt: number, end: number, negative: boolean): number {
  const fractionDigits = end - markAt - 1;
  if (fractionDigits < 1 || markAt - intStart + fractionDigits > 15) return NaN;
  let whole = 0;
  for (let i = intStart; i < markAt; i++) whole = whole * 10 + (s.charCodeAt(i) - 48);
  for (let i = markAt + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return NaN;
    whole = whole * 10 + (c - 48);
  }
  const value = whole / POWERS_OF_TEN[fractionDigits]!;
  return negative ? -value : value;
}

/** Cells starting with a digit or a sign: codes, integers, decimals, dates, or text after all. */
function readNumeric(s: string, start: number, end: number, c0: number): CellReading {
  const n = end - start;
  const signed = c0 === 45 || c0 === 43;
  const digitsStart = signed ? start + 1 : start;
  let i = digitsStart;
  let value = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    value = value * 10 + (c - 48);
  }
  const digitsEnd = i;
  if (digitsEnd === end && n > (signed ? 1 : 0)) {
    if (!signed && c0 === 48 && n > 1) return done('code');
    return done('integer', c0 === 45 ? -value : value);
  }
  const c = i < end ? s.charCodeAt(i) : NaN;
  if (!signed && (c === 47 || c === 45 || c === 46)) {
    const key = plainDate(s, start, end);
    if (key >= 0) return done('date', key);
  }
  if (c === 47 || c === 45 || c === 58 || (c === 46 && secondDot(s, i + 1, end)) || c === 84 || c === 32) {
    const date = parseDate(s.slice(start, end));
    if (date) return done(date.hasTime ? 'datetime' : 'date', isoKey(date.iso));
  }
  const leadingZero = c0 === 48 && n > 1 && isDigit(s.charCodeAt(start + 1));
  if ((c === 44 || c === 46) && digitsEnd > digitsStart) {
    const decimal = plainDecimal(s, digitsStart, digitsEnd, end, c0 === 45);
    if (!Number.isNaN(decimal)) return leadingZero ? done('codeLike') : done('decimal', decimal);
  }
  const number = parseNumber(s.slice(start, end));
  if (number !== null) {
    if (leadingZero) return done('codeLike');
    let integral = true;
    for (let k = digitsEnd; k < end; k++) {
      const ch = s.charCodeAt(k);
      if (ch === 44 || ch === 46 || ch === 101 || ch === 69) integral = false;
    }
    return done(integral && Number.isInteger(number) ? 'integer' : 'decimal', number);
  }
  return done(isCodeLike(s, start, end) ? 'codeLike' : 'text');
}

function secondDot(s: string, from: number, end: number): boolean {
  const at = s.indexOf('.', from);
  return at !== -1 && at < end;
}

const BOOLEAN_SPELLINGS = [...BOOLEAN_WORDS];

/** Whether the characters `start` to `end` spell a boolean word, in any case, without cutting them out. */
function isBooleanWord(s: string, start: number, end: number): boolean {
  const n = end - start;
  for (const word of BOOLEAN_SPELLINGS) {
    if (word.length !== n) continue;
    let same = true;
    for (let i = 0; i < n && same; i++) {
      const c = s.charCodeAt(start + i);
      same = (c >= 65 && c <= 90 ? c | 0x20 : c) === word.charCodeAt(i);
    }
    if (same) return true;
  }
  return false;
}

/**
 * `readText` on the characters `start` to `end` of `text`, without cutting them out: what the
 * CSV pass calls on every cell of a file, straight on the decoded block.
 */
export function readSpan(text: string, start: number, end: number): CellReading {
  if (end <= start) return done('empty');
  let s = text;
  let a = start;
  let b = end;
  let c0 = s.charCodeAt(a);
  if (isSpace(c0) || isSpace(s.charCodeAt(b - 1))) {
    s = s.slice(a, b).trim();
    a = 0;
    b = s.length;
    if (b === 0) return done('empty');
    c0 = s.charCodeAt(0);
  }
  const n = b - a;
  // A lone dash is how accounting exports write "nothing" (Excel's zero format ` -   `).
  if (n === 1 && (c0 === 45 || c0 === 0x2013 || c0 === 0x2014)) return done('empty');
  if (isDigit(c0) || c0 === 45 || c0 === 43) return readNumeric(s, a, b, c0);
  if (c0 === 35) return done(ERROR_VALUES.has(s.slice(a, b).toUpperCase()) ? 'error' : 'text');
  if (n <= 5 && isBooleanWord(s, a, b)) return done('boolean');
  if (c0 >= 65 && c0 <= 90 && isCodeLike(s, a, b)) return done('codeLike');
  return done('text');
}

/**
 * Reads one text cell the way a clerk reads it (see `CellKind`), with fast paths for what fills
 * most cells — words, digit strings, `dd/mm/yyyy` and ISO dates, plain decimals — and the
 * general parsers of `value-parse.ts` for the rest.
 */
export function readText(raw: string): CellReading {
  return readSpan(raw, 0, raw.length);
}

/** Whether the characters `start` to `end` of `text` are blank (none, or only spaces). */
export function isBlankSpan(text: string, start: number, end: number): boolean {
  if (end <= start) return true;
  if (!isSpace(text.charCodeAt(start))) return false;
  return text.slice(start, end).trim().length === 0;
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
