/**
 * What one cell holds, as a clerk would read it. `code` is a digit string a number would spoil
 * (`01`, `09000`, a SIRET); `codeLike` is a short token mixing digits and capitals (`2A`,
 * `12M067`); `error` is a spreadsheet error value such as `#N/A`.
 */
export type CellKind =
  | 'empty'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'code'
  | 'codeLike'
  | 'error'
  | 'text';

const BOOLEAN_WORDS = new Map<string, boolean>([
  ['true', true], ['false', false], ['vrai', true], ['faux', false], ['oui', true], ['non', false],
]);

const DIGIT_9 = 57;

function isDigit(code: number): boolean {
  return code >= 48 && code <= DIGIT_9;
}

/** Group separators French software writes inside numbers: space, no-break space, narrow no-break space. */
function isGroupSeparator(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f;
}

/**
 * Reads a number written the French or the English way: `1 063 850,00`, `2,25`, `1308.66`,
 * `-12`, `1e5`. Returns null when the text is not a number. Digit strings with a leading zero
 * are numbers here too; `classifyText` is what keeps them as codes.
 */
export function parseNumber(text: string): number | null {
  const spelled = numberSpelling(text);
  if (spelled === null) return null;
  const value = Number(spelled);
  return Number.isFinite(value) ? value : null;
}

/**
 * The number `parseNumber` reads, spelled plainly: `1 063 850,00` → `1063850.00`, `+12` → `12`,
 * `1E5` → `1e5`; null when the text is not a number. The digits are kept as written, so no
 * decimal is lost (the CSV export writes this text).
 */
export function numberSpelling(text: string): string | null {
  const s = text.trim();
  const n = s.length;
  if (n === 0 || n > 40) return null;
  let i = 0;
  let out = '';
  const first = s.charCodeAt(0);
  if (first === 43 || first === 45) {
    if (first === 45) out = '-';
    i = 1;
  }
  let digits = 0;
  let groupRun = -1; // digits since the last group separator, -1 when none seen
  let decimalSeen = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      out += s[i];
      digits++;
      if (groupRun >= 0 && !decimalSeen) groupRun++;
      continue;
    }
    if (isGroupSeparator(c) && !decimalSeen && digits > 0 && i + 1 < n && isDigit(s.charCodeAt(i + 1))) {
      if (groupRun >= 0 && groupRun !== 3) return null;
      if (groupRun < 0 && digits > 3) return null;
      groupRun = 0;
      continue;
    }
    if ((c === 44 || c === 46) && !decimalSeen && digits > 0 && i + 1 < n && isDigit(s.charCodeAt(i + 1))) {
      if (groupRun >= 0 && groupRun !== 3) return null;
      decimalSeen = true;
      out += '.';
      continue;
    }
    if ((c === 101 || c === 69) && digits > 0 && i + 1 < n) {
      const exponent = s.slice(i + 1);
      if (!/^[+-]?\d{1,3}$/.test(exponent)) return null;
      out += 'e' + exponent;
      break;
    }
    return null;
  }
  if (digits === 0 || (groupRun >= 0 && groupRun !== 3 && !decimalSeen)) return null;
  return out;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return day <= 29;
  return day <= (MONTH_DAYS[month - 1] ?? 0);
}

/** The number written by the digits of `s` from `start` to `end`, or -1 when one is no digit. */
function digitsAt(s: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** A calendar day, as numbers. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The two spellings nearly every date column uses, `2024-03-12` and `12/03/2024` (or with `.`
 * or `-`), read without a regex: exports and scans read millions of them. Undefined when the
 * text has another shape (the regexes decide then); null when it has this shape but is no
 * calendar date. `dayFirst` says which of the two shapes it was.
 */
function tenCharacterDay(s: string): (CalendarDay & { dayFirst: boolean }) | null | undefined {
  if (s.length !== 10) return undefined;
  let year: number;
  let month: number;
  let day: number;
  let dayFirst: boolean;
  const separator = s.charCodeAt(2);
  if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    year = digitsAt(s, 0, 4);
    month = digitsAt(s, 5, 7);
    day = digitsAt(s, 8, 10);
    dayFirst = false;
  } else if ((separator === 47 || separator === 46 || separator === 45) && s.charCodeAt(5) === separator) {
    day = digitsAt(s, 0, 2);
    month = digitsAt(s, 3, 5);
    year = digitsAt(s, 6, 10);
    dayFirst = true;
  } else {
    return undefined;
  }
  if (year < 0 || month < 0 || day < 0) return undefined;
  return validDate(year, month, day) ? { year, month, day, dayFirst } : null;
}

/**
 * The calendar day of a date or date-time `parseDate` reads (the time, if any, is ignored), or
 * null. The same answer as reading `parseDate(text).iso`, without building that text.
 */
export function parseCalendarDay(text: string): CalendarDay | null {
  const quick = tenCharacterDay(text);
  if (quick !== undefined) return quick;
  const parsed = parseDate(text);
  if (!parsed) return null;
  const iso = parsed.iso;
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Two-digit years as French offices use them: `13` is 2013, `87` is 1987. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const FRENCH_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a date or a date-time as an ISO string (`2024-03-12`, `2024-03-12T08:30:00`): ISO
 * dates, and `dd/mm/yyyy`, `dd-mm-yy`, `dd.mm.yyyy` as French clerks write them (day first).
 */
export function parseDate(text: string): { iso: string; hasTime: boolean } | null {
  const quick = tenCharacterDay(text);
  if (quick !== undefined) {
    if (quick === null) return null;
    // Both shapes hold the digits of the ISO spelling: reorder them when the day comes first.
    return { iso: quick.dayFirst ? `${text.slice(6, 10)}-${text.slice(3, 5)}-${text.slice(0, 2)}` : text, hasTime: false };
  }
  const s = text.trim();
  if (s.length < 6 || s.length > 30) return null;
  let m = ISO_DATE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se] = m;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return { iso: `${y}-${mo}-${d}`, hasTime: false };
    if (Number(h) > 23 || Number(mi) > 59) return null;
    return { iso: `${y}-${mo}-${d}T${h}:${mi}:${se ?? '00'}`, hasTime: true };
  }
  m = FRENCH_DATE.exec(s);
  if (m) {
    const [, d, , mo, y, h, mi, se] = m;
    const year = fullYear(y ?? '');
    if (!validDate(year, Number(mo), Number(d))) return null;
    const date = `${pad(year, 4)}-${pad(Number(mo), 2)}-${pad(Number(d), 2)}`;
    if (h === undefined) return { iso: date, hasTime: false };
    if (Number(h) > 23 || Number(mi) > 59) return null;
    return { iso: `${date}T${pad(Number(h), 2)}:${mi}:${se ?? '00'}`, hasTime: true };
  }
  return null;
}

/** The boolean a cell spells (`oui`, `vrai`, `true`…), or null. */
export function parseBoolean(text: string): boolean | null {
  return BOOLEAN_WORDS.get(text.trim().toLowerCase()) ?? null;
}
