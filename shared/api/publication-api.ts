import type { DraftView } from './decisions-api.js';
import type { ReadOptions } from './files-api.js';
import { readOptionsSchema } from './files-api.js';
import type { MethodSpec, RequestSchemas } from './method.js';
import { idSchema, objectSchema } from './method.js';

/** A new version of a published dataset, started from a new file, shown to the clerk for confirmation. */
export interface NewVersionDraft {
  draft: DraftView;
  /** The version it will be, and the one it continues. */
  version: number;
  basedOnVersion: number;
  /** Columns whose earlier decision was applied again (same name). */
  carried: string[];
  /** Columns of the new file with no earlier decision. */
  undecided: string[];
  /** Columns decided last time that the new file no longer has. */
  gone: string[];
}

/** Methods of the `publication` domain (the flow from a history entry to a new version). */
export interface PublicationApi {
  /**
   * « Publier une nouvelle version »: a draft of the new file, scanned, with the previous
   * version's decisions and dismissals re-applied to columns of the same name and its metadata
   * carried over; published, it updates the same dataset on the portal.
   */
  'publication:new-version': MethodSpec<{ publicationId: number; fileId: string; options: ReadOptions }, NewVersionDraft>;
}

export const publicationRequestSchemas: RequestSchemas<PublicationApi> = {
  'publication:new-version': objectSchema({ publicationId: { type: 'integer', minimum: 1 }, fileId: idSchema, options: readOptionsSchema }),
};
