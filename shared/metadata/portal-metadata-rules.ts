/**
 * What each portal adds to the base rules, as JSON Schemas over the same metadata, so that the
 * form can say before publishing what a given portal would refuse. Only the fields a portal
 * constrains appear; the base schema has checked the structure already.
 */

/** The portal engines the workbench publishes to. */
export type PortalKind = 'opendatasoft' | 'udata' | 'ckan';

/** The portals, in the order the form lists them. */
export const PORTAL_KINDS: readonly PortalKind[] = ['opendatasoft', 'udata', 'ckan'];

/** Languages Opendatasoft's `default.language` accepts (reference 1.3). */
export const OPENDATASOFT_LANGUAGES = ['en', 'fr', 'nl', 'pt', 'it', 'ar', 'de', 'es', 'ca', 'eu', 'sv'] as const;

/** The extra schema of each portal. */
export const portalMetadataRules: Record<PortalKind, Record<string, unknown>> = {
  // Reference 1.3: `title`, `modified` and `language` are required, the language from a list.
  opendatasoft: {
    $id: 'atelier:dataset-metadata:opendatasoft',
    type: 'object',
    properties: {
      title: { type: 'string', minLength: 1, errorCode: 'metadata.required' },
      modified: { type: 'string', minLength: 1, errorCode: 'metadata.required' },
      language: { type: 'string', enum: [...OPENDATASOFT_LANGUAGES], errorCode: 'metadata.language-not-offered' },
    },
  },
  // Reference 2.3 (`udata/core/dataset/forms.py`): title ≤ 350, description ≤ 100 000, tags of
  // 3 to 96 characters each.
  udata: {
    $id: 'atelier:dataset-metadata:udata',
    type: 'object',
    properties: {
      title: { type: 'string', maxLength: 350 },
      description: { type: 'string', maxLength: 100_000 },
      keywords: { type: 'array', items: { type: 'string', minLength: 3, maxLength: 96 } },
    },
  },
  // Reference 3.3 and `ckan/logic/validators.py`: tags of 2 to 100 characters, letters, digits,
  // spaces, `-`, `_` and `.` only; e-mail of the maintainer checked.
  ckan: {
    $id: 'atelier:dataset-metadata:ckan',
    type: 'object',
    properties: {
      keywords: {
        type: 'array',
        items: { type: 'string', minLength: 2, maxLength: 100, pattern: '^[\\p{L}\\p{N}_ .-]*$', errorCode: 'metadata.keyword-characters' },
      },
    },
  },
};
