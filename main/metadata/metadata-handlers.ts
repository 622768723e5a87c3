/**
 * Handlers of the `metadata` domain: licences, metadata validation per portal, organisation
 * templates in SQLite, official schemas (list, suggestion) and the check of a draft's vetted table
 * against one of them, run as a tracked job.
 */
import { randomUUID } from 'node:crypto';
import type { MetadataApi, MetadataEvents, SchemaCheck } from '../../shared/api/metadata-api.js';
import { AppError, isAppError } from '../../shared/errors.js';
import { DEFAULT_LICENCE_ID, LICENCES, licenceWarnings } from '../../shared/licences/catalogue.js';
import { newDraftMetadata, validateOrganisationDefaults } from '../../shared/metadata/new-draft.js';
import { validateMetadata } from '../../shared/metadata/validate-metadata.js';
import { OFFICIAL_SCHEMAS } from '../../shared/table-schema/bundle/index.js';
import { findOfficialSchema, suggestSchemas } from '../../shared/table-schema/suggest-schemas.js';
import type { DomainHandlers } from '../api/handler-types.js';
import type { AtelierDatabase } from '../db/database.js';
import type { JobRegistry } from '../jobs/job-registry.js';
import { createOrganisationTemplateStore } from './organisation-templates.js';
import type { OpenVettedTable } from './schema-check.js';
import { checkTableAgainstSchema } from './schema-check.js';

/** What the handlers need from the app. */
export interface MetadataHandlersDeps {
  db: AtelierDatabase;
  /** Tracks schema checks so that `jobs:cancel` stops them and `job:progress` reports them. */
  jobs: JobRegistry;
  /** Streams a draft's vetted table (the export pipeline's output rows). */
  openVettedTable: OpenVettedTable;
  /** Sends the `metadata:schema-checked` event. */
  onSchemaChecked?: (event: MetadataEvents['metadata:schema-checked']) => void;
  /** Today's ISO date, for the « last modified » date of a new draft. */
  today?: () => string;
}

const JOB_KIND = 'metadata.schema-check';

/** Builds the `metadata:*` handlers. */
export function createMetadataHandlers(deps: MetadataHandlersDeps): DomainHandlers<MetadataApi> {
  const templates = createOrganisationTemplateStore(deps.db);
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const checks = new Map<string, SchemaCheck>();

  return {
    'metadata:licences': () => ({ licences: LICENCES.map((licence) => structuredClone(licence)), defaultLicenceId: DEFAULT_LICENCE_ID }),
    'metadata:licence-warnings': ({ licenceId }) => licenceWarnings(licenceId),
    'metadata:validate': ({ metadata, portal }) => ({
      issues: validateMetadata(metadata, portal),
      licenceWarnings: licenceWarnings(metadata.licence),
    }),
    'metadata:new-draft': ({ templateId }) =>
      newDraftMetadata(templateId === undefined ? templates.getDefault() : templates.get(templateId), today()),
    'metadata:templates': () => templates.list(),
    'metadata:save-template': ({ template }) => {
      const issues = validateOrganisationDefaults(template);
      return issues.length > 0 ? { template: null, issues } : { template: templates.save(template), issues: [] };
    },
    'metadata:delete-template': ({ templateId }) => ({ deleted: templates.remove(templateId) }),
    'metadata:schemas': () =>
      OFFICIAL_SCHEMAS.map(({ name, title, version, homepage, sourceUrl, schema }) => ({ name, title, version, homepage, sourceUrl, fields: schema.fields.length })),
    'metadata:suggest-schemas': ({ headers }) => suggestSchemas(headers),
    'metadata:check-schema': ({ draftId, schemaName, schemaVersion }) => {
      const official = findOfficialSchema(schemaName, schemaVersion);
      if (!official) throw new AppError('schemas.unknown-schema', { name: schemaName });
      const previous = checks.get(draftId);
      if (previous?.status === 'running') deps.jobs.cancel(previous.jobId);
      const jobId = `job-${randomUUID()}`;
      const controller = new AbortController();
      const check: SchemaCheck = { draftId, jobId, schema: { name: official.name, version: official.version }, status: 'running', report: null };
      checks.set(draftId, check);
      const onProgress = deps.jobs.progressReporter(jobId, JOB_KIND);
      const result = deps.openVettedTable(draftId, controller.signal)
        .then((table) => checkTableAgainstSchema(table, official.schema, { signal: controller.signal, onProgress }))
        .then(
          (report) => {
            check.report = report;
            check.status = 'done';
            return report;
          },
          (error: unknown) => {
            check.status = isAppError(error) && error.code === 'job.cancelled' ? 'cancelled' : 'failed';
            throw error;
          },
        )
        .finally(() => deps.onSchemaChecked?.({ draftId, jobId, status: check.status }));
      // The registry announces the end; the rejection is handled there, not left unhandled here.
      result.catch(() => undefined);
      deps.jobs.track({ jobId, kind: JOB_KIND, result, cancel: () => controller.abort() });
      return { jobId };
    },
    'metadata:schema-report': ({ draftId }) => {
      const check = checks.get(draftId);
      return check ? structuredClone(check) : null;
    },
  };
}
