import type { Cell } from '../../../../shared/table/cell.js';
import { isoDurationToClock, normaliseIsoDateTime } from '../excel-serial.js';

/** The attributes of an ODS cell that carry its value (ODF 1.2 Part 1 §19.385–§19.389). */
export interface OdsCellAttributes {
  valueType: string | undefined;
  value: string | undefined;
  dateValue: string | undefined;
  timeValue: string | undefined;
  booleanValue: string | undefined;
  stringValue: string | undefined;
}

/**
 * The value of an ODS cell: typed attributes first (numbers, percentages and currencies as
 * numbers — or the displayed text when it pads an integer code with zeros —, dates as ISO
 * strings, durations as `HH:MM:SS`, booleans), the displayed paragraphs
 * otherwise (strings, and formula errors such as `#N/A`, which carry no value type).
 */
export function odsCellValue(attributes: OdsCellAttributes, text: string): Cell {
  switch (attributes.valueType) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const number = attributes.value === undefined ? NaN : Number(attributes.value);
      if (Number.isNaN(number)) return textOrNull(text);
      // A code shown with leading zeros (postal code `01000` formatted `00000`) stays that text.
      return /^0\d+$/.test(text) && Number(text) === number ? text : number;
    }
    case 'date':
      return attributes.dateValue ? normaliseIsoDateTime(attributes.dateValue) : textOrNull(text);
    case 'time':
      return attributes.timeValue ? isoDurationToClock(attributes.timeValue) : textOrNull(text);
    case 'boolean':
      return attributes.booleanValue === undefined ? textOrNull(text) : attributes.booleanValue === 'true' || attributes.booleanValue === '1';
    case 'string':
      return textOrNull(attributes.stringValue ?? text);
    default:
      return textOrNull(text);
  }
}

function textOrNull(text: string): string | null {
  return text === '' ? null : text;
}
