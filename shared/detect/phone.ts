/**
 * French phone numbers in every common writing: `06 12 34 56 78`, `06.12.34.56.78`,
 * `+33 6 12 34 56 78`, `0033 6…`, `+33 (0)6…`, and the overseas départements' international
 * writings (`+262 692 12 34 56`, `+596…`). Reference §3.5.
 */

/** What a number is used for, from its first digit after the prefix. */
export type PhoneKind = 'geographic' | 'mobile' | 'special' | 'non-geographic';

/** A parsed French number. */
export interface FrenchPhone {
  /** The country code (`+33`, or an overseas département's) followed by the 9 significant digits. */
  e164: string;
  kind: PhoneKind;
}

/** Réunion and Mayotte (262, 269), Guadeloupe (590), Guyane (594), Martinique (596): 9 digits after the code, as in France. */
const PHONE_PATTERN = /^(?:(?:\+|00)(33|262|269|590|594|596)|0)([1-9]\d{8})$/;

/** Parses a French phone number, or returns null when the text is not one. */
export function parseFrenchPhone(value: string): FrenchPhone | null {
  if (value.length < 9 || value.length > 24) return null;
  const cleaned = value.replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '');
  const match = PHONE_PATTERN.exec(cleaned);
  if (!match) return null;
  const significant = match[2] ?? '';
  const first = significant.charCodeAt(0) - 48;
  const kind: PhoneKind = first <= 5 ? 'geographic' : first <= 7 ? 'mobile' : first === 8 ? 'special' : 'non-geographic';
  return { e164: `+${match[1] ?? '33'}${significant}`, kind };
}

/**
 * A workbook may hold a phone number as a number, which drops the leading 0 (`612345678`).
 * Nine digits starting 1–7 or 9 are read back as a French number.
 */
export function parseNumericPhone(value: number): FrenchPhone | null {
  if (!Number.isInteger(value) || value < 100_000_000 || value > 999_999_999) return null;
  return parseFrenchPhone(`0${String(value)}`);
}
