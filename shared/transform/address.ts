/**
 * Addresses made coarser (« généraliser »): without the street number, so that a home cannot be
 * pointed at, or down to the commune. Voie types follow FANTOIR/BAN usage (rue, chemin,
 * cheminement, allée…), as in the detection note's address rule.
 */
import type { Cell } from '../table/cell.js';
import { cellText } from './cell-text.js';

const VOIE = [
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'bld', 'impasse', 'imp', 'chemin', 'ch', 'che', 'chem', 'cheminement',
  'allee', 'allée', 'allees', 'allées', 'all', 'place', 'pl', 'route', 'rte', 'quai', 'cours', 'crs', 'square', 'sq',
  'passage', 'esplanade', 'promenade', 'faubourg', 'fg', 'residence', 'résidence', 'res', 'lotissement', 'lot', 'hameau',
  'lieu-dit', 'ld', 'cite', 'cité', 'clos', 'villa', 'voie', 'sentier', 'sente', 'traverse', 'montee', 'montée',
  'rond-point', 'port', 'parvis', 'mail', 'grande rue', 'zone', 'za', 'zac', 'zi', 'domaine', 'carrefour', 'parc',
  'galerie', 'ruelle', 'venelle', 'rocade', 'corniche', 'terrasse',
].join('|');

/** A street number (with bis/ter/a–d) right before a voie type, anywhere in the address. */
const NUMBER_BEFORE_VOIE = new RegExp(
  `(^|[\\s,;])\\d{1,4}\\s*(?:bis|ter|quater|quinquies|[a-d])?\\s*,?\\s*(?=(?:${VOIE})\\.?\\s)`,
  'giu',
);
/** Flat, building, floor or letter-box details: they point at a home as much as the number. */
const HOME_DETAILS = /(?:^|[\s,;])(?:apt|appt|appartement|app|bât|bat|bâtiment|batiment|étage|etage|esc|escalier|porte|boîte|boite|bp)\.?\s*[\w-]*\d[\w-]*/giu;
/** A postal code followed by the commune (and maybe « CEDEX 9 »), at the end of an address. */
const POSTAL_CODE_AND_COMMUNE = /\b\d{5}\s+([^\d,;]+?)(?:\s+cedex(?:\s*\d+)?)?\s*$/iu;

/** A part of an address that starts with a voie type is a street, not a commune. */
const STARTS_WITH_VOIE = new RegExp(`^(?:${VOIE})(?:\\.|\\s|$)`, 'iu');

/** `12 bis rue des Lilas, apt 4, 31000 Toulouse` → `rue des Lilas, 31000 Toulouse`; empty stays empty. */
export function addressToStreet(cell: Cell): string {
  const text = cellText(cell);
  return text
    .replace(NUMBER_BEFORE_VOIE, '$1')
    .replace(HOME_DETAILS, '')
    .replace(/\s*,\s*(?=,|$)/g, '')
    .replace(/^\s*,\s*/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * `12 rue des Lilas 31000 Toulouse` → `Toulouse`; `12 rue des Lilas, Blagnac` → `Blagnac`.
 * Empty when no commune can be told apart from the street: publishing the street instead would
 * publish more than the clerk chose.
 */
export function addressToCommune(cell: Cell): string {
  const text = cellText(cell).trim();
  const withCode = POSTAL_CODE_AND_COMMUNE.exec(text);
  if (withCode?.[1]) return withCode[1].trim();
  const parts = text.split(/\s*[,;]\s*/).filter((part) => part !== '');
  const last = parts.at(-1);
  if (parts.length < 2 || last === undefined || /\d/.test(last)) return '';
  if (STARTS_WITH_VOIE.test(last)) return '';
  return last;
}
