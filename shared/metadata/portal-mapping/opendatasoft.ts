/**
 * The dataset metadata as Opendatasoft's Automation API wants it (reference 1.3): templates of
 * fields each wrapped as `{ "value": … }`; licence and themes in the `internal` template, with the
 * domain's own opaque ids, read from the portal and kept in its profile.
 */
import type { DatasetMetadata } from '../model.js';
import { plainTextToHtml } from './plain-text-html.js';

/** One Opendatasoft metadata entry. */
export interface OpendatasoftValue {
  value: unknown;
}

/** The `default` and `internal` templates of a dataset. */
export interface OpendatasoftMetadata {
  default: Record<string, OpendatasoftValue>;
  internal: Record<string, OpendatasoftValue>;
}

/** What the portal profile knows that the metadata does not. */
export interface OpendatasoftContext {
  /** The domain's id of the chosen licence (`GET /metadata/templates/internal/fields/license_id/`). */
  licenseId: string | null;
  /**
   * The domain's ids of the chosen themes. Omitted: no theme is sent, because the clerk's theme
   * labels are not ids on the domain and an unknown id would be refused.
   */
  themeIds?: string[];
}

/** Opendatasoft stores `modified` as a date-time; the form edits a date. */
function dateTime(date: string): string {
  return date.includes('T') ? date : `${date}T00:00:00Z`;
}

/**
 * Maps the metadata to the `default` and `internal` templates. `title`, `modified` and `language`
 * are always sent (required in the schema; whether create fails without them is unconfirmed).
 */
export function toOpendatasoftMetadata(meta: DatasetMetadata, context: OpendatasoftContext): OpendatasoftMetadata {
  const defaults: Record<string, OpendatasoftValue> = {
    title: { value: meta.title },
    description: { value: plainTextToHtml(meta.description) },
    keyword: { value: [...meta.keywords] },
    language: { value: meta.language },
    modified: { value: dateTime(meta.modified) },
    // The date is the clerk's, not the upload's: Opendatasoft must not move it on its own.
    modified_updates_on_data_change: { value: false },
    modified_updates_on_metadata_change: { value: false },
  };
  if (meta.producer.trim() !== '') defaults.publisher = { value: meta.producer };
  if (meta.source.trim() !== '') defaults.references = { value: meta.source };
  const internal: Record<string, OpendatasoftValue> = {};
  if (context.licenseId !== null) internal.license_id = { value: context.licenseId };
  if (context.themeIds && context.themeIds.length > 0) internal.theme_id = { value: [...context.themeIds] };
  return { default: defaults, internal };
}
