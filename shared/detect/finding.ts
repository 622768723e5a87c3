/**
 * What the scan says of one column. Produced by the detectors (`shared/detect/`), shown on the
 * review screen, decided upon (`shared/decisions/`), and kept in the publishing history.
 */

/** The kinds of personal or protected information a column can hold. */
export type FindingCategory =
  | 'person-name'
  | 'first-name'
  | 'last-name'
  | 'email'
  | 'phone'
  | 'postal-address'
  | 'birth-date'
  | 'birth-place'
  | 'nir'
  | 'iban'
  | 'bic'
  | 'siret-person'
  | 'car-plate'
  | 'ip-address'
  | 'precise-coordinates'
  | 'free-text-personal'
  | 'quasi-identifier'
  | 'protected'
  | 'identity-document'
  | 'tax-id'
  | 'payment-card'
  /** A count of an aggregated table small enough to single people out (statistical secrecy). */
  | 'small-count';

/** How sure the detector is; `low` findings still need a decision but say « à examiner ». */
export type FindingConfidence = 'high' | 'medium' | 'low';

/** The evidence behind a finding, shown to the clerk and kept for the history. */
export interface FindingEvidence {
  /** Non-empty cells examined. */
  examined: number;
  /** Cells that matched the pattern. */
  matched: number;
  /** Of those, cells whose checksum or dictionary check validated. */
  validated: number;
  /** validated (or matched, where nothing validates) / examined, 0–1. */
  share: number;
  /** A few 0-based data row numbers where it matched, for highlighting. */
  exampleRows: number[];
  /** Masked examples, e.g. `2 84 ** ** *** *** 37`. Never the clear value. */
  maskedExamples: string[];
  /** True when the column header itself pointed at this category. */
  headerHint: boolean;
  /** For free text: how many spans of each kind were found (see `findPersonalSpans`). */
  spans?: Partial<Record<'email' | 'phone' | 'nir' | 'iban' | 'titled-name', number>>;
}

/** One finding on one column. */
export interface PersonalDataFinding {
  columnIndex: number;
  columnName: string;
  category: FindingCategory;
  confidence: FindingConfidence;
  evidence: FindingEvidence;
  /** One French sentence: why this column was flagged. */
  reason: string;
  /** For `protected`: the legal ground (see `shared/detect/legal-grounds.ts`). */
  legalGround?: string;
  /** Who raised it: the scan (default) or the clerk, who can flag any column as protected. */
  origin?: 'scan' | 'clerk';
  /** For `quasi-identifier`: which attribute (sex, age, postal code…; see `quasi-identifiers.ts`). */
  quasiIdentifier?: string;
}
