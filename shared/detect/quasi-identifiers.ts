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

/** Civilities (`M.`, `Mme`, `Monsieur`): said to a person, never found in an aggregate. */
const CIVILITY_VALUES = new Set(['mr', 'm.', 'mme', 'mlle', 'melle', 'monsieur', 'madame', 'mademoiselle']);
const SEX_VALUES = new Set(['m', 'f', 'h', 'homme', 'femme', 'masculin', 'feminin', 'male', 'female', 'garcon', 'fille', '1', '2', ...CIVILITY_VALUES]);

/** True for a value of a sex or civility column (`M`, `F`, `Homme`, `Mme`, `1`/`2`). */
export function isSexValue(value: string): boolean {
  return value.length <= 9 && SEX_VALUES.has(foldAccents(value));
}

/**
 * What a short value tells of a person, folded once: a civility (which tells the sex too), a
 * sex, or nothing.
 */
export function sexValueKind(value: string): 'civility' | 'sex' | null {
  if (value.length > 12) return null;
  const folded = foldAccents(value);
  if (CIVILITY_VALUES.has(folded)) return 'civility';
  return value.length <= 9 && SEX_VALUES.has(folded) ? 'sex' : null;
}

/** True for a 5-digit French postal code shape (`31000`, `97100`; not `00000`). */
export function isPostalCodeShape(value: string): boolean {
  return /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/.test(value);
}
