/**
 * The one French sentence that says why a column was flagged, with the figures the clerk can
 * check. Numbers are formatted for fr-FR (no-break spaces, `%` after a narrow no-break space).
 */

import type { FindingCategory } from './finding.js';

const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const COUNT = new Intl.NumberFormat('fr-FR');

/** Figures a reason may quote. */
export interface ReasonFigures {
  matched: number;
  examined: number;
  share: number;
  headerHint: boolean;
  /** Extra detail for some categories (mobile numbers, nominative mailboxes, legal ground…). */
  detail?: string;
}

const SUBJECTS: Record<FindingCategory, string> = {
  'person-name': 'des noms de personnes',
  'first-name': 'des prénoms',
  'last-name': 'des noms de famille',
  email: 'des adresses électroniques',
  phone: 'des numéros de téléphone',
  'postal-address': 'des adresses postales de personnes',
  'birth-date': 'des dates de naissance',
  'birth-place': 'des lieux de naissance',
  nir: 'des NIR (numéros de sécurité sociale) dont la clé est valide',
  iban: 'des IBAN dont la clé est valide',
  bic: 'des codes BIC',
  'siret-person': 'des SIREN ou SIRET valides d’entrepreneurs individuels probables',
  'car-plate': 'des plaques d’immatriculation',
  'ip-address': 'des adresses IP',
  'precise-coordinates': 'des coordonnées assez précises pour situer un logement',
  'free-text-personal': 'du texte libre contenant des données personnelles',
  'quasi-identifier': 'un attribut qui, combiné à d’autres, peut identifier une personne',
  protected: 'des informations qui peuvent relever d’un secret protégé par la loi',
  'identity-document': 'des numéros de pièce d’identité',
  'tax-id': 'des numéros fiscaux',
  'payment-card': 'des numéros de carte bancaire',
  'small-count': 'des effectifs assez petits pour désigner des personnes (secret statistique)',
};

/** A detail on a part of the values: « dont 3 mobiles », « dont 1 mobile », « dont aucun mobile ». */
export function among(count: number, one: string, many: string, none: string): string {
  if (count === 0) return `dont ${none}`;
  return `dont ${COUNT.format(count)} ${count === 1 ? one : many}`;
}

/** One sentence: what was found, on how many cells, and whether the header pointed at it. */
export function reasonFor(category: FindingCategory, figures: ReasonFigures): string {
  const subject = SUBJECTS[category];
  const header = figures.headerHint ? '\u00a0; l’intitulé de la colonne l’annonce aussi' : '';
  const detail = figures.detail ? ` (${figures.detail})` : '';
  if (category === 'protected') {
    return `L’intitulé de la colonne suggère ${subject}${detail}\u00a0: à examiner.`;
  }
  if (category === 'quasi-identifier') {
    return `Cette colonne contient ${subject}${detail}.`;
  }
  if (figures.matched === 0) {
    return `L’intitulé de la colonne annonce ${subject}${detail}.`;
  }
  // A stray value among thousands is « moins de 1 % », not « 0 % ».
  const share = figures.share > 0 && figures.share < 0.005 ? `moins de ${PERCENT.format(0.01)}` : PERCENT.format(figures.share);
  const values = figures.matched === 1 ? '1 valeur' : `${COUNT.format(figures.matched)} valeurs`;
  const look = figures.matched === 1 ? 'ressemble' : 'ressemblent';
  return `${values} sur ${COUNT.format(figures.examined)} (${share}) ${look} à ${subject}${detail}${header}.`;
}
