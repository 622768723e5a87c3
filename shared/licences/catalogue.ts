/**
 * The licence catalogue the form offers, and the warnings a choice deserves. The data lives in
 * `licence-list.ts`; this module is what the rest of the app imports.
 */
import { metadataText } from '../metadata/metadata-text.js';
import type { Licence } from './licence-list.js';
import { LICENCES } from './licence-list.js';

export type { Licence, SiteLicenceCandidates } from './licence-list.js';
export { LICENCES } from './licence-list.js';

/** Licence Ouverte 2.0: the licence of reference for public data (CRPA D323-2-1). */
export const DEFAULT_LICENCE_ID = 'etalab-2.0';

/** The licence of the catalogue with that id (exact, then without case); undefined if none. */
export function findLicence(id: string): Licence | undefined {
  const exact = LICENCES.find((licence) => licence.id === id);
  if (exact) return exact;
  const lower = id.toLowerCase();
  return LICENCES.find((licence) => licence.id.toLowerCase() === lower);
}

/** The codes of the warnings a licence choice can raise. */
export type LicenceWarningCode =
  | 'licence.unknown'
  | 'licence.not-specified'
  | 'licence.not-on-decree-list'
  | 'licence.superseded'
  | 'licence.share-alike';

/** A remark on the chosen licence, shown under the licence field; it never blocks publishing. */
export interface LicenceWarning {
  code: LicenceWarningCode;
  /** `warning` for a choice the law frowns on; `info` for an explanation of its effects. */
  severity: 'warning' | 'info';
  message: { fr: string; en: string };
}

function warning(code: LicenceWarningCode, severity: LicenceWarning['severity'], licence: string): LicenceWarning {
  return { code, severity, message: metadataText(code, { licence }) };
}

/**
 * What the clerk should know about a licence before publishing under it: a licence outside the
 * décret n° 2017-638 list needs homologation by the State (CRPA L323-2, D323-2-1); the ODbL binds
 * derived databases (share-alike); the first Licence Ouverte has been superseded.
 */
export function licenceWarnings(id: string): LicenceWarning[] {
  const licence = findLicence(id);
  if (!licence) return [warning('licence.unknown', 'warning', id)];
  const warnings: LicenceWarning[] = [];
  if (licence.id === 'notspecified') warnings.push(warning('licence.not-specified', 'warning', licence.title));
  else if (!licence.allowedForPublicData) warnings.push(warning('licence.not-on-decree-list', 'warning', licence.title));
  if (licence.id === 'etalab-1.0') warnings.push(warning('licence.superseded', 'warning', licence.title));
  if (licence.shareAlike) warnings.push(warning('licence.share-alike', 'info', licence.title));
  return warnings;
}
