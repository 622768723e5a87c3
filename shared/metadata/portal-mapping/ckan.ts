/**
 * The dataset metadata as CKAN's `package_create` / `package_patch` want it (reference 3.3): a
 * `name` chosen by the publication (the idempotency key, 3.8), the site's own licence id, tags as
 * `{ name }`, and what core CKAN has no field for as `extras`, named as ckanext-dcat reads them.
 */
import type { DatasetMetadata } from '../model.js';

/** What the portal profile and the publication know that the metadata does not. */
export interface CkanContext {
  /** Organisation id or name the dataset belongs to. */
  ownerOrg: string;
  /** The dataset's `name` (2–100 characters, `a-z0-9-_`), derived once and stored. */
  name: string;
  /** The site's licence id (matched against its `license_list`); null sends none. */
  licenseId: string | null;
  private: boolean;
  publicationId: string;
}

/** The `extras` key holding the local publication id (reference 3.3, 3.8). */
export const CKAN_PUBLICATION_EXTRA = 'workbench_publication_id';

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** Maps the metadata to a CKAN package dict. */
export function toCkanPackage(meta: DatasetMetadata, context: CkanContext): Record<string, unknown> {
  const extras: { key: string; value: string }[] = [{ key: CKAN_PUBLICATION_EXTRA, value: context.publicationId }];
  const extra = (key: string, value: string | null): void => {
    if (value !== null && value.trim() !== '') extras.push({ key, value });
  };
  extra('frequency', meta.frequency);
  extra('language', meta.language);
  extra('modified', meta.modified);
  extra('temporal_start', meta.temporal.start);
  extra('temporal_end', meta.temporal.end);
  // `spatial` is GeoJSON for ckanext-spatial: coverage in words goes under another key.
  extra('spatial_text', meta.spatial);
  extra('themes', meta.themes.join(', '));
  if (meta.schema) extra('schema', `${meta.schema.name} ${meta.schema.version}`);
  const isUrl = URL_PATTERN.test(meta.source.trim());
  if (!isUrl) extra('source', meta.source);

  const pkg: Record<string, unknown> = {
    name: context.name,
    title: meta.title,
    owner_org: context.ownerOrg,
    notes: meta.description,
    private: context.private,
    tags: meta.keywords.map((keyword) => ({ name: keyword })),
    extras,
  };
  if (context.licenseId !== null) pkg.license_id = context.licenseId;
  if (meta.producer.trim() !== '') pkg.author = meta.producer;
  if (meta.contact) {
    if (meta.contact.name.trim() !== '') pkg.maintainer = meta.contact.name;
    if (meta.contact.email.trim() !== '') pkg.maintainer_email = meta.contact.email;
  }
  if (isUrl) pkg.url = meta.source.trim();
  return pkg;
}
