/**
 * NIR (« numéro de sécurité sociale ») and the numbers built like it (NIA, temporary numbers).
 * Layout and key: reference §3.1. RGPD art. 87 and décret n° 2019-341 frame any use of the NIR:
 * it is never publishable.
 */

import { compactIdentifier } from './text-fold.js';

/** What a valid number is: a NIR, or a NIA / temporary number (first digit 7 or 8). */
export type NirKind = 'nir' | 'temporary';

/** Sex, year, month (INSEE pseudo-months included), département (2A/2B), commune, order. */
const NIR_BODY = '([1-478])(\\d{2})(0[1-9]|1[0-2]|20|3\\d|4[0-2]|[5-9]\\d)(\\d{2}|2[AB])(\\d{3})(\\d{3})';
const NIR_PATTERN = new RegExp(`^${NIR_BODY}(\\d{2})$`);
const NIR_BODY_PATTERN = new RegExp(`^${NIR_BODY}$`);

/** The 13 first characters as a number, with Corsica's 2A / 2B read as 19 / 18 for the key. */
function nirBody(compact: string): number {
  const department = compact.slice(5, 7);
  const numeric = department === '2A' ? '19' : department === '2B' ? '18' : department;
  return Number(compact.slice(0, 5) + numeric + compact.slice(7, 13));
}

/** The control key of a 13-character NIR body: 97 − (N mod 97). */
export function nirKey(body13: string): number {
  return 97 - (nirBody(body13.toUpperCase()) % 97);
}

/**
 * Checks a 15-character NIR written with or without spaces or dots: structure (sex, month incl.
 * INSEE pseudo-months, department incl. 2A/2B, order ≠ 000) and key. Returns its kind, or null.
 */
export function nirKind(value: string): NirKind | null {
  const compact = compactIdentifier(value);
  if (compact.length !== 15) return null;
  const match = NIR_PATTERN.exec(compact);
  if (!match) return null;
  const department = match[4] ?? '';
  if (department === '00' || match[6] === '000') return null;
  if (Number(match[7]) !== nirKey(compact)) return null;
  return match[1] === '7' || match[1] === '8' ? 'temporary' : 'nir';
}

/**
 * True for the 13 characters of a NIR written without its key (`1 85 05 31 555 123`): the same
 * layout, nothing to check it against. Only a NIR header makes such a number one.
 */
export function isNirWithoutKey(value: string): boolean {
  const compact = compactIdentifier(value);
  if (compact.length !== 13) return false;
  const match = NIR_BODY_PATTERN.exec(compact);
  return match !== null && match[4] !== '00' && match[6] !== '000';
}

/** True for a valid NIR or NIA (key included). */
export function nirIsValid(value: string): boolean {
  return nirKind(value) !== null;
}
