/**
 * The metadata of a new draft: empty where only the clerk can know (title, description,
 * coverage in time), the organisation's defaults elsewhere, the Licence Ouverte 2.0 when no
 * template says otherwise.
 */
import { DEFAULT_LICENCE_ID } from '../licences/catalogue.js';
import type { DatasetMetadata } from './model.js';
import type { OrganisationDefaults } from './organisation-template.js';
import { TEMPLATE_FIELDS } from './organisation-template.js';
import type { MetadataIssue } from './validate-metadata.js';
import { validateMetadata } from './validate-metadata.js';

/** `today` is the ISO date (`YYYY-MM-DD`) the draft is made, its first « last modified » date. */
export function newDraftMetadata(template: OrganisationDefaults | null, today: string): DatasetMetadata {
  return {
    title: '',
    description: '',
    keywords: [...(template?.keywords ?? [])],
    themes: [...(template?.themes ?? [])],
    producer: template?.producer ?? '',
    contact: template?.contact ? { ...template.contact } : null,
    licence: template?.licence ?? DEFAULT_LICENCE_ID,
    frequency: template?.frequency ?? 'unknown',
    temporal: { start: null, end: null },
    spatial: template?.spatial ?? '',
    language: template?.language ?? 'fr',
    source: template?.source ?? '',
    modified: today,
    schema: null,
  };
}

/**
 * The issues of a template's defaults, by the same rules as the metadata they fill: only the
 * members a template sets are reported (a template has no title).
 */
export function validateOrganisationDefaults(defaults: OrganisationDefaults): MetadataIssue[] {
  const fields = new Set<string>(TEMPLATE_FIELDS);
  return validateMetadata(newDraftMetadata(defaults, '2000-01-01')).filter((issue) => fields.has(issue.field.split('.')[0] ?? ''));
}
