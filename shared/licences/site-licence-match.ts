/**
 * Finds, in a portal's own licence list, the entry that stands for a licence of the catalogue.
 * CKAN sites load their own list (`license_list`) and Opendatasoft domains configure theirs
 * (`/metadata/templates/internal/fields/license_id/`), so ids cannot be hard-coded: they are matched
 * by id, then title, then URL, and the result is kept in the portal profile.
 */
import type { Licence } from './licence-list.js';
import { LICENCES } from './licence-list.js';

/** One entry of a portal's licence list, as read from it. */
export interface SiteLicence {
  id: string;
  title?: string | null;
  url?: string | null;
}

/** Lower case, no accents, punctuation as single spaces: « Licence Ouverte v2.0 » → `licence ouverte v2 0`. */
function normaliseTitle(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function normaliseUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
}

/** Length of the longest title fragment of the licence found in a site title; 0 when none. */
function titleMatchLength(candidate: Licence, title: string): number {
  let best = 0;
  for (const fragment of candidate.ckanCandidates.titleMatches.map(normaliseTitle)) {
    const found = title === fragment || title.startsWith(`${fragment} `) || title.includes(` ${fragment} `) || title.endsWith(fragment);
    if (found && fragment.length > best) best = fragment.length;
  }
  return best;
}

/**
 * True when the site title names this licence better than any other of the catalogue, so that
 * « CC BY SA » is not taken for « CC BY ».
 */
function titleNames(licence: Licence, siteTitle: string): boolean {
  const title = normaliseTitle(siteTitle);
  const own = titleMatchLength(licence, title);
  return own > 0 && LICENCES.every((other) => other === licence || titleMatchLength(other, title) <= own);
}

/**
 * The id, in the site's list, of the given licence; null when nothing matches, in which case the
 * clerk must pick it by hand (never fall back silently to another licence).
 */
export function matchSiteLicence(licence: Licence, siteLicences: readonly SiteLicence[]): string | null {
  const { ids, urlMatches } = licence.ckanCandidates;
  const wantedIds = new Set([licence.id, ...ids].map((id) => id.toLowerCase()));
  const byId = siteLicences.find((site) => wantedIds.has(site.id.toLowerCase()));
  if (byId) return byId.id;
  const byTitle = siteLicences.find((site) => titleNames(licence, site.title ?? ''));
  if (byTitle) return byTitle.id;
  const urls = urlMatches.map(normaliseUrl);
  const byUrl = siteLicences.find((site) => {
    const url = normaliseUrl(site.url ?? '');
    return url !== '' && urls.some((fragment) => url.includes(fragment));
  });
  return byUrl ? byUrl.id : null;
}
