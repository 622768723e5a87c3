/**
 * Accent folding and header normalisation shared by every detector: French data is written with
 * and without accents, in upper and lower case, so comparisons are made on a folded form.
 */

const ASCII_ONLY = /^[\x20-\x7e]*$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, accents stripped (`Élodie` → `elodie`, `Œuvre` → `oeuvre`). */
export function foldAccents(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}

/**
 * A header as a padded run of folded tokens, so rules match whole words: `lastName` →
 * ` last name `, `N° sécu` → ` num secu `, `nom_naissance` → ` nom naissance `, `PRENOM1` →
 * ` prenom 1 `.
 */
export function normalizeHeader(header: string): string {
  const split = header.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/(\p{L})(\d)/gu, '$1 $2');
  const folded = foldAccents(split.replace(/\b[nN]\s*[°º]\s*/g, 'num '));
  const tokens = folded.replace(/[^a-z0-9]+/g, ' ').trim();
  return tokens === '' ? ' ' : ` ${tokens} `;
}

/** Keeps only the characters of an identifier: drops spaces, dots, dashes and slashes. */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.\-/]/g, '').toUpperCase();
}
