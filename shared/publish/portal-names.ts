/**
 * Deterministic portal names. The name a dataset gets on a portal is chosen once, from its title
 * and its idempotency key, and stored before the first request: a retry after a lost response
 * then looks for that exact name instead of creating a second dataset (reference §1.10, §3.8).
 */
import { ckanNameFromTitle } from '../metadata/portal-mapping/ckan-name.js';

/**
 * A short stable fingerprint of the idempotency key (FNV-1a, 32 bits, base 36): enough to keep two
 * datasets of the same title apart, short enough for a readable URL.
 */
export function keyFingerprint(publicationKey: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < publicationKey.length; i++) {
    hash ^= publicationKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * The portal name of a new dataset, `<title slug>-<key fingerprint>`: lowercase ASCII letters,
 * digits, `-` and `_`, 2 to 100 characters — what both Opendatasoft `dataset_id` and CKAN `name` accept.
 */
export function portalDatasetName(title: string, publicationKey: string): string {
  return ckanNameFromTitle(title, keyFingerprint(publicationKey));
}
