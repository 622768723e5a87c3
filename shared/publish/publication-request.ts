import type { DatasetMetadata } from '../metadata/model.js';

/** The portal engines the workbench publishes to (`reference/portals.md`). */
export type PortalEngine = 'opendatasoft' | 'udata' | 'ckan';

/** Every engine, in the order the settings screen lists them. */
export const PORTAL_ENGINES: readonly PortalEngine[] = ['opendatasoft', 'udata', 'ckan'];

/**
 * The vetted CSV the export step produced: protected columns already removed, decisions applied.
 * `path` stays in main (the renderer never names a file); `sha256` lets the outbox notice a file
 * changed or vanished between the click and the upload.
 */
export interface VettedFile {
  path: string;
  name: string;
  size: number;
  sha256: string;
  /** The header of the CSV, in order: what the portal must show after publication. */
  columns: string[];
  /** Data records, header excluded. */
  rowCount: number;
  delimiter: ';' | ',';
}

/** One click on « Publier »: a version of a dataset, going to one portal profile. */
export interface PublicationRequest {
  /**
   * Idempotency key, stable across versions of the same dataset: the portal dataset found by it
   * is updated rather than a second one created.
   */
  publicationKey: string;
  version: number;
  profileId: number;
  metadata: DatasetMetadata;
  file: VettedFile;
}
