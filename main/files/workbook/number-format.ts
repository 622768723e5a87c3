/**
 * What a cell's number format makes of its number, as the clerk sees it in Excel:
 * - `date`: a calendar date, with or without a time (`dd/mm/yyyy`, `d-mmm-yy`, `m/d/yy h:mm`);
 * - `time`: a time of day only (`hh:mm`, `h:mm:ss AM/PM`);
 * - `duration`: elapsed time (`[h]:mm:ss`), which may pass 24 hours;
 * - `code`: digits padded with leading zeros (`00000`, Excel's « Code postal »), shown as text
 *   of `digits` characters at least — `1000` is the clerk's `01000`;
 * - `number`: anything else.
 */
export type NumberFormatKind = 'date' | 'time' | 'duration' | 'code' | 'number';

/** A number format as the readers apply it; `digits` is the padded width of a `code`. */
export interface NumberFormat {
  kind: NumberFormatKind;
  digits: number;
}

/** The formats without padding, shared so styles cost no allocation per cell. */
export const PLAIN_FORMATS: Readonly<Record<Exclude<NumberFormatKind, 'code'>, NumberFormat>> = {
  date: { kind: 'date', digits: 0 },
  time: { kind: 'time', digits: 0 },
  duration: { kind: 'duration', digits: 0 },
  number: { kind: 'number', digits: 0 },
};

/**
 * The built-in formats (ECMA-376 §18.8.30) that are dates or times. Ids 27–36 and 50–58 are the
 * East-Asian date formats, 71–81 the Thai ones; none are written out in the file.
 */
const BUILT_IN_KINDS = new Map<number, NumberFormatKind>([
  [14, 'date'], [15, 'date'], [16, 'date'], [17, 'date'], [22, 'date'],
  [18, 'time'], [19, 'time'], [20, 'time'], [21, 'time'], [45, 'time'], [47, 'time'],
  [46, 'duration'],
  ...rangeOf(27, 36, 'date'), ...rangeOf(50, 58, 'date'), ...rangeOf(71, 81, 'date'),
]);

function rangeOf(first: number, last: number, kind: NumberFormatKind): [number, NumberFormatKind][] {
  const entries: [number, NumberFormatKind][] = [];
  for (let id = first; id <= last; id += 1) entries.push([id, kind]);
  return entries;
}

/** A built-in number format id (those below 164 not redefined by the file). */
export function builtInFormat(id: number): NumberFormat {
  const kind = BUILT_IN_KINDS.get(id) ?? 'number';
  return kind === 'code' ? PLAIN_FORMATS.number : PLAIN_FORMATS[kind];
}

/** Reads a format code (see `classifyNumberFormat`), with the width of a zero-padded code. */
export function readNumberFormat(code: string): NumberFormat {
  const firstSection = (code.split(';')[0] ?? '').replace(/\[[^\]]*\]/g, '').trim();
  if (/^0{2,}$/.test(firstSection)) return { kind: 'code', digits: firstSection.length };
  const kind = classifyNumberFormat(code);
  return kind === 'code' ? PLAIN_FORMATS.number : PLAIN_FORMATS[kind];
}

/**
 * Classifies a format code by the date and time tokens left once literals are removed: quoted
 * text, backslash escapes, `_x` paddings, `*x` fills, `[Red]`/`[$€-40C]` brackets, `AM/PM`,
 * `General`, and the exponent of `0.00E+00`. A lone `m` is a month unless an hour or a second
 * shows it is minutes.
 */
export function classifyNumberFormat(code: string): NumberFormatKind {
  let rest = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
  const elapsed = /\[(h+|m+|s+)\]/i.test(rest);
  rest = rest.replace(/\[[^\]]*\]/g, '').toLowerCase();
  rest = rest.replace(/general/g, '').replace(/am\/pm|a\/p/g, '').replace(/e[+-]/g, '');
  const hasDay = /[yd]/.test(rest);
  const hasTime = /[hs]/.test(rest);
  const hasM = rest.includes('m');
  if (hasDay || (hasM && !hasTime && !elapsed)) return 'date';
  if (elapsed) return 'duration';
  if (hasTime) return 'time';
  return 'number';
}
