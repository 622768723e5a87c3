/**
 * The dataset metadata as udata (data.gouv.fr) wants it on `POST/PUT /api/1/datasets/`
 * (reference 2.3, `DatasetForm`): licence by udata id, frequency from its vocabulary, the local
 * publication id in `extras` for idempotency (2.8), and `private` on every call, because a PUT
 * without it makes the dataset public.
 */
import { findLicence } from '../../licences/catalogue.js';
import type { DatasetMetadata } from '../model.js';

/** What the portal profile and the publication know that the metadata does not. */
export interface UdataContext {
  /** The organisation id (24 hex characters) to publish as; null publishes as the user. */
  organization: string | null;
  /** The local publication id, stored in `extras` to find the dataset after a lost response. */
  publicationId: string;
  private: boolean;
}

/** The `extras` key holding the local publication id (reference 2.8). */
export const UDATA_PUBLICATION_EXTRA = 'workbench:publication_id';

/** The `{ zones, granularity }` of udata for an INSEE commune or département code; null for words. */
export function udataSpatial(spatial: string): { zones: string[]; granularity: string } | null {
  const code = spatial.trim().toUpperCase();
  // INSEE commune code: 5 characters, Corsica 2A/2B (the pattern of the official schemas).
  if (/^([013-9]\d|2[AB1-9])\d{3}$/.test(code)) return { zones: [`fr:commune:${code}`], granularity: 'fr:commune' };
  if (/^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/.test(code)) return { zones: [`fr:departement:${code}`], granularity: 'fr:departement' };
  return null;
}

/**
 * Maps the metadata to udata's dataset form. Our frequencies are udata's ids already. The
 * licence goes by its udata id, `notspecified` when the catalogue has none.
 */
export function toUdataDataset(meta: DatasetMetadata, context: UdataContext): Record<string, unknown> {
  const dataset: Record<string, unknown> = {
    title: meta.title,
    description: meta.description,
    license: findLicence(meta.licence)?.udataId ?? 'notspecified',
    frequency: meta.frequency,
    tags: [...meta.keywords],
    private: context.private,
    extras: { [UDATA_PUBLICATION_EXTRA]: context.publicationId },
  };
  if (context.organization !== null) dataset.organization = context.organization;
  if (meta.temporal.start !== null) {
    dataset.temporal_coverage = meta.temporal.end !== null
      ? { start: meta.temporal.start, end: meta.temporal.end }
      : { start: meta.temporal.start };
  }
  const spatial = udataSpatial(meta.spatial);
  if (spatial) dataset.spatial = spatial;
  return dataset;
}

/**
 * The `schema` of a udata resource for the official Table Schema the data follows, as the
 * schema.data.gouv.fr catalogue names it (`etalab/schema-irve-statique`, version `2.3.0`);
 * null when the data follows none. udata checks both against the catalogue.
 */
export function udataResourceSchema(meta: DatasetMetadata): { name: string; version: string } | null {
  if (!meta.schema) return null;
  return { name: meta.schema.name, version: meta.schema.version.replace(/^v/, '') };
}
