/**
 * Reads one cell as the Table Schema type of its field: a number for `number` and `integer`, an
 * ISO text for dates, the text itself for strings. Cells come as the reader hands them over
 * (`shared/table/cell.ts`): CSV cells are text, workbook cells may already be numbers, booleans
 * or ISO dates.
 */
import type { Cell } from '../table/cell.js';
import type { TableSchemaField } from './table-schema.js';

/** The value a cell stands for, comparable for enum, minimum/maximum and uniqueness. */
export type CastValue = string | number | boolean;

/** Success, or why the cell is not of its field's type or format. */
export type CastResult = { ok: true; value: CastValue } | { ok: false; code: 'schema.type' | 'schema.format' };

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?$/;
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?)(Z|[+-]\d{2}:?\d{2})?$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const ok = (value: CastValue): CastResult => ({ ok: true, value });
const wrongType: CastResult = { ok: false, code: 'schema.type' };
const wrongFormat: CastResult = { ok: false, code: 'schema.format' };

/** True when year, month and day make a day of the calendar. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD` if the text is a real date in the given strftime-like format, else null. */
function parseDate(text: string, format: string | undefined): string | null {
  let year: number;
  let month: number;
  let day: number;
  if (!format || format === 'default' || format === 'any' || format === '%Y-%m-%d') {
    // Workbook date cells arrive as ISO date-times at midnight; they are dates all the same.
    const match = ISO_DATE.exec(text.replace(/T00:00:00(\.0+)?Z?$/, ''));
    if (!match) return null;
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    const parts: string[] = [];
    const pattern = format.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%([Ymd])/g, (_whole, letter: string) => {
      parts.push(letter);
      return letter === 'Y' ? '(\\d{4})' : '(\\d{1,2})';
    });
    const match = new RegExp(`^${pattern}$`).exec(text);
    if (!match) return null;
    const value = (letter: string): number => Number(match[parts.indexOf(letter) + 1]);
    [year, month, day] = [value('Y'), value('m'), value('d')];
  }
  if (!isCalendarDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseNumber(text: string, field: TableSchemaField, integer: boolean): number | null {
  let normalised = text.trim();
  if (field.groupChar) normalised = normalised.split(field.groupChar).join('');
  if (field.decimalChar && field.decimalChar !== '.') normalised = normalised.replace(field.decimalChar, '.');
  if (integer) return /^[+-]?\d+$/.test(normalised) ? Number(normalised) : null;
  if (/^[+-]?(INF|Infinity)$/i.test(normalised)) return normalised.startsWith('-') ? -Infinity : Infinity;
  if (/^NaN$/i.test(normalised)) return Number.NaN;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised) ? Number(normalised) : null;
}

function isGeopoint(text: string, format: string | undefined): boolean {
  const inRange = (lon: number, lat: number): boolean => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  try {
    if (format === 'array') {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number') && inRange(value[0] as number, value[1] as number);
    }
    if (format === 'object') {
      const value = JSON.parse(text) as { lon?: unknown; lat?: unknown } | null;
      return typeof value?.lon === 'number' && typeof value.lat === 'number' && inRange(value.lon, value.lat);
    }
  } catch {
    return false;
  }
  const match = /^\s*([+-]?\d+(\.\d+)?)\s*,\s*([+-]?\d+(\.\d+)?)\s*$/.exec(text);
  return match !== null && inRange(Number(match[1]), Number(match[3]));
}

function isJson(text: string, kind: 'object' | 'array'): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return kind === 'array' ? Array.isArray(value) : typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function castString(text: string, format: string | undefined): CastResult {
  if (format === 'email') return EMAIL.test(text) ? ok(text) : wrongFormat;
  if (format === 'uri') return URI.test(text) ? ok(text) : wrongFormat;
  if (format === 'uuid') return UUID.test(text) ? ok(text) : wrongFormat;
  return ok(text);
}

/** Casts a non-empty cell to its field's type. */
export function castCell(cell: Exclude<Cell, null>, field: TableSchemaField): CastResult {
  const text = typeof cell === 'string' ? cell : String(cell);
  switch (field.type) {
    case 'string':
      return castString(text, field.format);
    case 'integer':
      if (typeof cell === 'number') return Number.isInteger(cell) ? ok(cell) : wrongType;
      return ((n) => (n === null ? wrongType : ok(n)))(parseNumber(text, field, true));
    case 'number':
      if (typeof cell === 'number') return ok(cell);
      return ((n) => (n === null ? wrongType : ok(n)))(parseNumber(text, field, false));
    case 'boolean': {
      if (typeof cell === 'boolean') return ok(cell);
      const trimmed = text.trim();
      if ((field.trueValues ?? DEFAULT_TRUE).includes(trimmed)) return ok(true);
      if ((field.falseValues ?? DEFAULT_FALSE).includes(trimmed)) return ok(false);
      return wrongType;
    }
    case 'date': {
      const date = parseDate(text.trim(), field.format);
      return date === null ? wrongType : ok(date);
    }
    case 'datetime': {
      const match = ISO_DATETIME.exec(text.trim());
      return match && parseDate(match[1] ?? '', undefined) ? ok(text.trim()) : wrongType;
    }
    case 'time':
      return ISO_TIME.test(text.trim()) ? ok(text.trim()) : wrongType;
    case 'year':
      if (typeof cell === 'number') return Number.isInteger(cell) ? ok(cell) : wrongType;
      return /^\d{4}$/.test(text.trim()) ? ok(Number(text.trim())) : wrongType;
    case 'yearmonth': {
      const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
      return match && Number(match[2]) >= 1 && Number(match[2]) <= 12 ? ok(text.trim()) : wrongType;
    }
    case 'duration':
      return DURATION.test(text.trim()) ? ok(text.trim()) : wrongType;
    case 'geopoint':
      return isGeopoint(text, field.format) ? ok(text) : wrongType;
    case 'geojson':
    case 'object':
      return isJson(text, 'object') ? ok(text) : wrongType;
    case 'array':
      return isJson(text, 'array') ? ok(text) : wrongType;
    case 'any':
      return ok(text);
  }
}
