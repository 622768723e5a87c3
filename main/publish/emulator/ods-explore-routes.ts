import type { EmulatorContext, EmulatorReply } from './emulator-http.js';
import { json, record } from './emulator-http.js';
import { odsKey } from './ods-automation-routes.js';

/**
 * Routes of the Explore API v2.1 (reference §1.11), under `/api/explore/v2.1`: a dataset shows
 * only once published, and a restricted one only to a valid key. The 404 body is unconfirmed.
 */
export function odsExplore(context: EmulatorContext, rest: string): EmulatorReply {
  const match = /^\/catalog\/datasets\/([^/]+)(\/records)?\/?$/.exec(rest);
  const notFound = json(404, { error_code: 'NotFound', message: 'Unknown dataset: ' + (match?.[1] ?? '') });
  if (!match || context.method !== 'GET') return notFound;
  const key = odsKey(context);
  if (key === null) return json(401, { error_code: 'InvalidKey', message: 'Invalid API key.' });
  const dataset = [...context.state.ods.datasets.values()].find((candidate) => candidate.dataset_id === match[1]);
  if (!dataset || !dataset.status.is_published || !dataset.published) return notFound;
  if (dataset.is_restricted && !key) return notFound;
  const published = dataset.published;

  if (match[2]) {
    const limit = Number(context.query.get('limit') ?? 10);
    if (!Number.isInteger(limit) || limit < -1 || limit > 100) {
      return json(400, { message: 'ODSQL query is malformed: invalid limit', error_code: 'ODSQLError' });
    }
    return json(200, { total_count: published.rowCount, results: [] });
  }
  const defaults = record(dataset.metadata.default);
  const value = (field: string): unknown => record(defaults[field]).value ?? null;
  const licenceId = record(record(dataset.metadata.internal).license_id).value;
  const licence = context.state.ods.licences.find((candidate) => candidate.id === licenceId);
  return json(200, {
    dataset_id: dataset.dataset_id,
    dataset_uid: dataset.uid,
    has_records: published.rowCount > 0,
    data_visible: true,
    features: [],
    attachments: [],
    fields: published.fields,
    metas: {
      default: {
        title: value('title'),
        description: value('description'),
        keyword: value('keyword'),
        theme: null,
        license: licence?.title ?? null,
        license_url: licence?.url ?? null,
        publisher: value('publisher'),
        language: value('language'),
        modified: value('modified'),
        records_count: published.rowCount,
        data_processed: dataset.status.since,
        metadata_processed: dataset.updated_at,
      },
    },
  });
}
