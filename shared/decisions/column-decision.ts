/**
 * What the clerk decided for one flagged column (issue 5 « Décisions »). A decision applies to
 * the whole column, including rows not yet shown; it is recorded in the draft, applied by the
 * export, and kept in the publishing history with its justification.
 */
import type { LegalBasisId } from './legal-bases.js';

/** How a « généraliser » decision coarsens the values of a column. */
export type GeneralisationRule =
  /** A date keeps only its year (`2021-03-14` → `2021`). */
  | { kind: 'date-year' }
  /** A date keeps its year and month (`2021-03-14` → `2021-03`). */
  | { kind: 'date-month' }
  /**
   * A birth date becomes an age band at the reference date (`1985-05-12` → `35-39`), as the
   * CNIL/CADA open-data guide recommends instead of birth dates.
   */
  | { kind: 'age-band'; width: 5 | 10; referenceDate: string }
  /** A postal code keeps only its département (`31500` → `31`, `20090` → `2A`). */
  | { kind: 'postal-code-department' }
  /** An address loses its street number (`12 bis rue des Lilas` → `rue des Lilas`). */
  | { kind: 'address-street' }
  /** An address keeps only its commune (`12 rue des Lilas 31000 Toulouse` → `Toulouse`). */
  | { kind: 'address-commune' }
  /** Coordinates are rounded to the given decimals of a degree (3 ≈ 110 m). */
  | { kind: 'coordinates'; decimals: number }
  /** Counts below the threshold become « < threshold » (statistical secrecy, small cells). */
  | { kind: 'small-count'; threshold: number };

/** The kinds of generalisation rule, in the order the clerk sees them. */
export type GeneralisationKind = GeneralisationRule['kind'];

/** One decision for one column. */
export type ColumnDecision =
  /** supprimer: the column does not leave the machine. */
  | { kind: 'drop' }
  /** masquer: every non-empty value becomes the same mask. */
  | { kind: 'mask' }
  /**
   * pseudonymiser: keyed hash (HMAC-SHA-256, per-organisation secret). Pseudonymised data stay
   * personal data (RGPD art. 4(5)), so this needs a written justification like « conserver ».
   */
  | { kind: 'pseudonymise'; justification: string }
  /** généraliser: a coarser value, by the rule chosen. */
  | { kind: 'generalise'; rule: GeneralisationRule }
  /** caviarder: in free text, e-mails, phones, NIR, IBAN and titled names are replaced by a label. */
  | { kind: 'redact' }
  /**
   * conserver: kept as is, with a written justification and, where one applies, the legal basis
   * that allows publishing it without anonymisation (CRPA L312-1-2, D312-1-3).
   */
  | { kind: 'keep'; justification: string; legalBasis: LegalBasisId | null };

/** The kinds of decision, in the order the clerk sees them. */
export type DecisionKind = ColumnDecision['kind'];

/** Every decision kind, for menus and schemas. */
export const DECISION_KINDS: readonly DecisionKind[] = ['drop', 'mask', 'pseudonymise', 'generalise', 'redact', 'keep'];

/** Every generalisation rule kind, for menus and schemas. */
export const GENERALISATION_KINDS: readonly GeneralisationKind[] = [
  'date-year',
  'date-month',
  'age-band',
  'postal-code-department',
  'address-street',
  'address-commune',
  'coordinates',
  'small-count',
];

/**
 * A justification is « written » when it says something: at least this many characters once
 * trimmed (« ok » or « vu » is no reason a reviewer can check).
 */
export const MIN_JUSTIFICATION_LENGTH = 10;

/** True when the text is long enough to count as a written justification. */
export function isWrittenJustification(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.trim().length >= MIN_JUSTIFICATION_LENGTH;
}

/** The default small-count threshold: no cell about fewer than 11 persons (INSEE/DGFiP rule). */
export const DEFAULT_SMALL_COUNT_THRESHOLD = 11;

/** The default rounding of coordinates: 3 decimals of a degree, about 110 m (a block, not a home). */
export const DEFAULT_COORDINATE_DECIMALS = 3;
