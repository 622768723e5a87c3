/**
 * The French words of the audit exports (CSV journal and printed report), which are documents in
 * French for the commune's records whatever the interface language. Unknown values (a decision
 * kind added later) are shown as recorded rather than hidden.
 */
import type { PublicationEventType, PublicationStatus } from '../../shared/history/publication-events.js';

const STATUS: Record<PublicationStatus, string> = {
  recorded: 'enregistrée',
  exported: 'exportée',
  queued: 'en attente d’envoi',
  uploaded: 'envoyée',
  published: 'publiée',
  public: 'publique',
  failed: 'en échec',
  withdrawn: 'retirée',
};

const EVENT: Record<PublicationEventType, string> = {
  created: 'Publication enregistrée',
  scanned: 'Recherche de données personnelles',
  decided: 'Décisions arrêtées',
  exported: 'Fichier exporté',
  queued: 'Mise en file d’envoi',
  uploaded: 'Fichier envoyé au portail',
  published: 'Publiée sur le portail',
  failed: 'Échec',
  'made-public': 'Rendue publique',
  withdrawn: 'Retirée',
  'remote-linked': 'Adresses sur le portail connues',
};

const ACTION: Record<string, string> = {
  drop: 'colonne supprimée',
  mask: 'valeurs masquées',
  pseudonymise: 'valeurs pseudonymisées',
  generalise: 'valeurs généralisées',
  redact: 'passages caviardés',
  keep: 'colonne conservée',
};

const CATEGORY: Record<string, string> = {
  'person-name': 'nom de personne',
  'first-name': 'prénom',
  'last-name': 'nom de famille',
  email: 'adresse électronique',
  phone: 'numéro de téléphone',
  'postal-address': 'adresse postale',
  'birth-date': 'date de naissance',
  'birth-place': 'lieu de naissance',
  nir: 'numéro de sécurité sociale (NIR)',
  iban: 'IBAN',
  bic: 'BIC',
  'siret-person': 'SIRET d’entrepreneur individuel',
  'car-plate': 'plaque d’immatriculation',
  'ip-address': 'adresse IP',
  'precise-coordinates': 'coordonnées GPS précises',
  'free-text-personal': 'texte libre contenant des données personnelles',
  'quasi-identifier': 'quasi-identifiant',
  protected: 'information protégée par un secret',
};

const CONFIDENCE: Record<string, string> = { high: 'élevée', medium: 'moyenne', low: 'faible (à examiner)' };

/** A publication status in French. */
export function statusFr(status: PublicationStatus): string {
  return STATUS[status] ?? status;
}

/** An event of the story in French. */
export function eventFr(type: PublicationEventType): string {
  return EVENT[type] ?? type;
}

/** A decision's action in French (`drop` → « colonne supprimée »). */
export function actionFr(action: string): string {
  return Object.hasOwn(ACTION, action) ? (ACTION[action] ?? action) : action;
}

/** A finding's category in French. */
export function categoryFr(category: string): string {
  return Object.hasOwn(CATEGORY, category) ? (CATEGORY[category] ?? category) : category;
}

/** A finding's confidence in French. */
export function confidenceFr(confidence: string): string {
  return Object.hasOwn(CONFIDENCE, confidence) ? (CONFIDENCE[confidence] ?? confidence) : confidence;
}
