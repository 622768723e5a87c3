import { findLicence } from '../../../shared/licences/catalogue.js';
import type { SiteLicence } from '../../../shared/licences/site-licence-match.js';
import { matchSiteLicence } from '../../../shared/licences/site-licence-match.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import { PortalError } from '../http/portal-error.js';

/**
 * The portal's id for the dataset's licence: the clerk's choice kept in the profile first, else
 * a match in the portal's own list. No match stops the publication with a clear message rather
 * than publishing under another licence.
 */
export function resolveSiteLicence(profile: PortalProfile, licenceId: string, siteLicences: readonly SiteLicence[]): string {
  const chosen = profile.options.licenceIds?.[licenceId];
  if (chosen && siteLicences.some((site) => site.id === chosen)) return chosen;
  const licence = findLicence(licenceId);
  const matched = licence ? matchSiteLicence(licence, siteLicences) : null;
  if (matched === null) throw new PortalError('publish.licence-unavailable', 'permanent', { licence: licence?.title ?? licenceId });
  return matched;
}

/** The licences « Tester la connexion » looks for: those the law names for public data (CRPA D323-2-1). */
export const LICENCES_TO_CHECK = ['etalab-2.0', 'ODbL-1.0'];

/** Which of the licences to check the portal lacks, by title. */
export function missingLicences(profile: PortalProfile, siteLicences: readonly SiteLicence[]): string[] {
  return LICENCES_TO_CHECK.filter((id) => {
    try {
      resolveSiteLicence(profile, id, siteLicences);
      return false;
    } catch {
      return true;
    }
  }).map((id) => findLicence(id)?.title ?? id);
}
