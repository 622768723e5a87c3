/**
 * The `metadata` domain of the API: the licence catalogue, metadata validation per portal,
 * organisation templates, and the official Table Schemas (list, suggestion, check of a draft's
 * vetted table as a job). Validation runs in main because ajv compiles with `new Function`, which
 * the renderer's CSP forbids.
 */
import type { LicenceWarning, Licence } from '../licences/catalogue.js';
import type { DatasetMetadata } from '../metadata/model.js';
import type { OrganisationTemplate, OrganisationTemplateInput } from '../metadata/organisation-template.js';
import type { PortalKind } from '../metadata/portal-metadata-rules.js';
import type { MetadataIssue } from '../metadata/validate-metadata.js';
import type { SchemaSuggestion } from '../table-schema/suggest-schemas.js';
import type { TableSchemaReport } from '../table-schema/validate-table.js';
import type { JsonSchema, MethodSpec, NoParams, RequestSchemas } from './method.js';
import { idSchema, noParamsSchema, objectSchema } from './method.js';

/** An official schema as the picker lists it. */
export interface OfficialSchemaSummary {
  name: string;
  title: string;
  version: string;
  homepage: string;
  sourceUrl: string;
  fields: number;
}

/** The check of a draft's vetted table against an official schema. */
export interface SchemaCheck {
  draftId: string;
  jobId: string;
  schema: { name: string; version: string };
  status: 'running' | 'done' | 'failed' | 'cancelled';
  /** Set once `status` is `done`. */
  report: TableSchemaReport | null;
}

/** Methods of the `metadata` domain. */
export interface MetadataApi {
  'metadata:licences': MethodSpec<NoParams, { licences: Licence[]; defaultLicenceId: string }>;
  'metadata:licence-warnings': MethodSpec<{ licenceId: string }, LicenceWarning[]>;
  'metadata:validate': MethodSpec<{ metadata: DatasetMetadata; portal?: PortalKind }, { issues: MetadataIssue[]; licenceWarnings: LicenceWarning[] }>;
  /** The metadata of a new draft, filled from the given template, else the default one. */
  'metadata:new-draft': MethodSpec<{ templateId?: number }, DatasetMetadata>;
  'metadata:templates': MethodSpec<NoParams, OrganisationTemplate[]>;
  /** Saves when the defaults are valid (`template` set), else answers the issues only. */
  'metadata:save-template': MethodSpec<{ template: OrganisationTemplateInput }, { template: OrganisationTemplate | null; issues: MetadataIssue[] }>;
  'metadata:delete-template': MethodSpec<{ templateId: number }, { deleted: boolean }>;
  'metadata:schemas': MethodSpec<NoParams, OfficialSchemaSummary[]>;
  'metadata:suggest-schemas': MethodSpec<{ headers: string[] }, SchemaSuggestion[]>;
  /** Starts checking the draft's vetted table against a bundled schema; follow `job:progress`. */
  'metadata:check-schema': MethodSpec<{ draftId: string; schemaName: string; schemaVersion?: string }, { jobId: string }>;
  /** The last check of the draft, running or finished; null when none was started. */
  'metadata:schema-report': MethodSpec<{ draftId: string }, SchemaCheck | null>;
}

/** Events of the `metadata` domain (main → renderer). */
export interface MetadataEvents {
  /** A schema check ended: ask `metadata:schema-report`. */
  'metadata:schema-checked': { draftId: string; jobId: string; status: SchemaCheck['status'] };
}

const text = (maxLength: number): JsonSchema => ({ type: 'string', maxLength });
const textList = (maxItems: number, maxLength: number): JsonSchema => ({ type: 'array', maxItems, items: text(maxLength) });
const contactSchema: JsonSchema = {
  anyOf: [{ type: 'null' }, objectSchema({ name: text(500), email: text(320) })],
};
const portalSchema: JsonSchema = { enum: ['opendatasoft', 'udata', 'ckan'] };

/**
 * The shape of `DatasetMetadata`, types and size caps only: the rules themselves (dates, licence,
 * portal limits) are checked by `metadata:validate`, which answers issues the form can show.
 */
export const datasetMetadataRequestSchema: JsonSchema = objectSchema({
  title: text(2000),
  description: text(200_000),
  keywords: textList(200, 500),
  themes: textList(100, 500),
  producer: text(1000),
  contact: contactSchema,
  licence: text(100),
  frequency: text(50),
  temporal: objectSchema({ start: { type: ['string', 'null'], maxLength: 50 }, end: { type: ['string', 'null'], maxLength: 50 } }),
  spatial: text(1000),
  language: text(20),
  source: text(4000),
  modified: text(50),
  schema: { anyOf: [{ type: 'null' }, objectSchema({ name: text(200), version: text(50) })] },
});

const templateInputSchema: JsonSchema = objectSchema(
  {
    templateId: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    isDefault: { type: 'boolean' },
    producer: text(1000),
    contact: contactSchema,
    licence: text(100),
    themes: textList(100, 500),
    keywords: textList(200, 500),
    frequency: text(50),
    spatial: text(1000),
    language: text(20),
    source: text(4000),
  },
  ['templateId'],
);

export const metadataRequestSchemas: RequestSchemas<MetadataApi> = {
  'metadata:licences': noParamsSchema,
  'metadata:licence-warnings': objectSchema({ licenceId: text(100) }),
  'metadata:validate': objectSchema({ metadata: datasetMetadataRequestSchema, portal: portalSchema }, ['portal']),
  'metadata:new-draft': objectSchema({ templateId: { type: 'integer', minimum: 1 } }, ['templateId']),
  'metadata:templates': noParamsSchema,
  'metadata:save-template': objectSchema({ template: templateInputSchema }),
  'metadata:delete-template': objectSchema({ templateId: { type: 'integer', minimum: 1 } }),
  'metadata:schemas': noParamsSchema,
  'metadata:suggest-schemas': objectSchema({ headers: textList(5000, 1000) }),
  'metadata:check-schema': objectSchema({ draftId: idSchema, schemaName: text(200), schemaVersion: text(50) }, ['schemaVersion']),
  'metadata:schema-report': objectSchema({ draftId: idSchema }),
};
