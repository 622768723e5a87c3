/**
 * Quasi-identifiers: attributes that single a person out when combined (sex, age, birth year,
 * postal code, commune, nationality, profession…). Marked as such so that the clerk can measure
 * k-anonymity over them. Reference §9.1.
 */

import type { HeaderKind } from './header-hints.js';
import { foldAccents } from './text-fold.js';

/** The kinds of quasi-identifier the scan recognises. */
export type QuasiIdentifierKind = 'sex' | 'age' | 'birth-year' | 'postal-code' | 'commune' | 'nationality' | 'profession' | 'marital-status';

const HEADER_KINDS: Partial<Record<HeaderKind, QuasiIdentifierKind>> = {
  sex: 'sex',
  age: 'age',
  'birth-year': 'birth-year',
  'postal-code': 'postal-code',
  commune: 'commune',
  nationality: 'nationality',
  profession: 'profession',
  'marital-status': 'marital-status',
};

/** The quasi-identifier a header kind stands for, if any. */
export function quasiIdentifierOfHeader(kind: HeaderKind | undefined): QuasiIdentifierKind | null {
  return kind ? (HEADER_KINDS[kind] ?? null) : null;
}

const SEX_VALUES = new Set(['m', 'f', 'h', 'homme', 'femme', 'masculin', 'feminin', 'male', 'female', 'mr', 'mme', 'm.', 'mlle', 'monsieur', 'madame', 'garcon', 'fille', '1', '2']);

/** True for a value of a sex or civility column (`M`, `F`, `Homme`, `Mme`, `1`/`2`). */
export function isSexValue(value: string): boolean {
  return value.length <= 9 && SEX_VALUES.has(foldAccents(value));
}

const CIVILITY_VALUES = new Set(['mr', 'm.', 'mme', 'mlle', 'melle', 'monsieur', 'madame', 'mademoiselle']);

/** True for a civility (`M.`, `Mme`, `Monsieur`): said to a person, never found in an aggregate. */
export function isCivility(value: string): boolean {
  return value.length <= 12 && CIVILITY_VALUES.has(foldAccents(value));
}

/** True for a 5-digit French postal code shape (`31000`, `97100`; not `00000`). */
export function isPostalCodeShape(value: string): boolean {
  return /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/.test(value);
}
