import type { EmulatorContext, EmulatorReply } from './emulator-http.js';
import { json, readForm, readJson, record } from './emulator-http.js';
import type { OdsDataset, OdsKey } from './emulator-state.js';
import { isoNow, odsUid } from './emulator-state.js';
import { odsErrors } from './ods-errors.js';
import { startProcessing } from './ods-processing.js';

const SLUG = /^[a-z0-9_-]+$/;

/** The key of the request: `Authorization: apikey …` (any case of the scheme) or `?apikey=`. */
export function odsKey(context: EmulatorContext): OdsKey | null | undefined {
  const header = context.request.headers.authorization ?? '';
  const match = /^apikey\s+(.+)$/i.exec(header.trim());
  const key = match?.[1] ?? context.query.get('apikey');
  if (!key) return undefined;
  return context.state.ods.keys[key] ?? null;
}

function view(dataset: OdsDataset): Record<string, unknown> {
  return {
    uid: dataset.uid,
    dataset_id: dataset.dataset_id,
    is_restricted: dataset.is_restricted,
    metadata: dataset.metadata,
    created_at: dataset.created_at,
    updated_at: dataset.updated_at,
    is_published: dataset.status.is_published,
    default_security: { is_data_visible: true, visible_fields: [], filter_query: '' },
  };
}

/** The paginated envelope (reference §1.7), with absolute `next` and `previous` links. */
function page(context: EmulatorContext, items: unknown[]): EmulatorReply {
  const limit = Math.min(1000, Math.max(0, Number(context.query.get('limit') ?? 20)));
  const offset = Math.max(0, Number(context.query.get('offset') ?? 0));
  const link = (at: number): string => {
    const query = new URLSearchParams(context.query);
    query.set('offset', String(at));
    query.set('limit', String(limit));
    return `${context.base}${context.path}?${query.toString()}`;
  };
  return json(200, {
    total_count: items.length,
    next: limit > 0 && offset + limit < items.length ? link(offset + limit) : null,
    previous: offset > 0 && limit > 0 ? link(Math.max(0, offset - limit)) : null,
    results: limit === 0 ? [] : items.slice(offset, offset + limit),
  });
}

function validateDataset(context: EmulatorContext, body: Record<string, unknown>, creating: boolean): Record<string, string[]> | null {
  const detail: Record<string, string[]> = {};
  const datasetId = body.dataset_id;
  if (creating && (typeof datasetId !== 'string' || datasetId === '')) detail.dataset_id = ['This field is required'];
  else if (typeof datasetId === 'string' && !SLUG.test(datasetId)) detail.dataset_id = ['Enter a valid dataset identifier.'];
  const metadata = record(body.metadata);
  if (creating || body.metadata !== undefined) {
    const title = record(record(metadata.default).title).value;
    if (typeof title !== 'string' || title.trim() === '') detail['metadata.default.title'] = ['This field is required'];
  }
  const licence = record(record(metadata.internal).license_id).value;
  if (licence !== undefined && !context.state.ods.licences.some((known) => known.id === licence)) {
    detail['metadata.internal.license_id'] = [`"${String(licence)}" is not a valid choice.`];
  }
  return Object.keys(detail).length > 0 ? detail : null;
}

function metadataOf(body: Record<string, unknown>): OdsDataset['metadata'] {
  const metadata = record(body.metadata);
  const templates: OdsDataset['metadata'] = {};
  for (const [template, fields] of Object.entries(metadata)) templates[template] = { ...(record(fields) as Record<string, { value: unknown }>) };
  return templates;
}

/** Routes of the Automation API v1.0 (reference §1.2), under `/api/automation/v1.0`. */
export async function odsAutomation(context: EmulatorContext, rest: string): Promise<EmulatorReply> {
  const key = odsKey(context);
  if (!key) return odsErrors.unauthorized();
  const can = (permission: string): boolean => key.permissions.includes(permission);
  const datasets = context.state.ods.datasets;
  const { method } = context;

  if (rest === '/datasets/' && method === 'GET') {
    const wanted = context.query.get('dataset_id');
    const all = [...datasets.values()].filter((dataset) => wanted === null || dataset.dataset_id === wanted);
    return page(context, all.map(view));
  }
  if (rest === '/datasets/' && method === 'POST') {
    if (!can('create_dataset')) return odsErrors.forbidden();
    const body = record(await readJson(context.request));
    if (context.fault?.fault === 'validation') return odsErrors.validation({ 'metadata.default.title': ['This field is required'] });
    const invalid = validateDataset(context, body, true);
    if (invalid) return odsErrors.validation(invalid);
    const datasetId = body.dataset_id as string;
    if (context.fault?.fault === 'duplicate' || [...datasets.values()].some((dataset) => dataset.dataset_id === datasetId)) {
      return odsErrors.validation({ dataset_id: ['A dataset with this identifier already exists.'] });
    }
    const now = isoNow();
    const dataset: OdsDataset = {
      uid: odsUid('da'),
      dataset_id: datasetId,
      is_restricted: body.is_restricted !== false,
      metadata: metadataOf(body),
      created_at: now,
      updated_at: now,
      status: { status: 'idle', previous: null, next: null, since: now, is_published: false, message: null, records_errors: [], params: {} },
      resources: [],
      files: new Map(),
      published: null,
    };
    datasets.set(dataset.uid, dataset);
    return json(201, view(dataset));
  }
  if (rest === '/metadata/templates/internal/fields/license_id/' && method === 'GET') {
    const licences = context.state.ods.licences;
    return json(200, {
      name: 'license_id',
      label: 'License',
      type: 'text',
      choices: licences.map((licence) => licence.id),
      labels: Object.fromEntries(licences.map((licence) => [licence.id, licence.title])),
      urls: Object.fromEntries(licences.map((licence) => [licence.id, licence.url])),
    });
  }

  const match = /^\/datasets\/([^/]+)\/(.*)$/.exec(rest);
  const dataset = match ? datasets.get(match[1] ?? '') : undefined;
  if (!match || !dataset) return odsErrors.notFound();
  const sub = `/${match[2] ?? ''}`;
  const touch = (): void => {
    dataset.updated_at = isoNow();
  };

  if (sub === '/' && method === 'GET') return json(200, view(dataset));
  if (sub === '/' && method === 'PUT') {
    if (!can('edit_dataset')) return odsErrors.forbidden();
    const body = record(await readJson(context.request));
    if (context.fault?.fault === 'validation') return odsErrors.validation({ dataset_id: ['Enter a valid dataset identifier.'] });
    const invalid = validateDataset(context, body, false);
    if (invalid) return odsErrors.validation(invalid);
    if (typeof body.dataset_id === 'string' && body.dataset_id !== dataset.dataset_id) {
      if (dataset.status.is_published) return odsErrors.validation({ dataset_id: ['The identifier of a published dataset cannot be changed.'] });
      dataset.dataset_id = body.dataset_id;
    }
    if (typeof body.is_restricted === 'boolean') dataset.is_restricted = body.is_restricted;
    if (body.metadata !== undefined) dataset.metadata = metadataOf(body);
    touch();
    return json(200, view(dataset));
  }
  if (sub === '/' && method === 'DELETE') {
    if (!can('edit_dataset')) return odsErrors.forbidden();
    datasets.delete(dataset.uid);
    return { status: 204 };
  }
  if (sub === '/resources/files/' && method === 'POST') {
    if (!can('edit_dataset')) return odsErrors.forbidden();
    const form = await readForm(context);
    const file = form.files.file;
    if (!file) return odsErrors.validation({ file: ['No file was submitted.'] });
    let uid = file.filename;
    for (let n = 1; dataset.files.has(uid); n++) uid = `${file.filename.replace(/(\.[^.]*)?$/, `_${n}$1`)}`;
    dataset.files.set(uid, file);
    return json(200, { uid, filename: file.filename, mimetype: file.contentType, created_at: isoNow() });
  }
  if (sub === '/resources/' && method === 'GET') return page(context, dataset.resources);
  const resourceMatch = /^\/resources\/([^/]+)\/$/.exec(sub);
  if ((sub === '/resources/' && method === 'POST') || (resourceMatch && method === 'PUT')) {
    if (!can('edit_dataset')) return odsErrors.forbidden();
    const existing = resourceMatch ? dataset.resources.find((resource) => resource.uid === resourceMatch[1]) : undefined;
    if (resourceMatch && !existing) return odsErrors.notFound();
    const body = record(await readJson(context.request));
    const datasource = record(body.datasource);
    const fileUid = record(datasource.file).uid;
    const detail: Record<string, string[]> = {};
    if (typeof body.type !== 'string') detail.type = ['This field is required'];
    if (typeof body.title !== 'string') detail.title = ['This field is required'];
    if (typeof fileUid !== 'string' || !dataset.files.has(fileUid)) detail.datasource = ['The referenced file does not exist.'];
    if (context.fault?.fault === 'validation') detail.params = ['Invalid separator.'];
    if (Object.keys(detail).length > 0) return odsErrors.validation(detail);
    const resource = {
      uid: existing?.uid ?? odsUid('re'),
      type: body.type as string,
      title: body.title as string,
      params: record(body.params),
      datasource: { type: 'uploaded_file', file: { uid: fileUid as string } },
      updated_at: isoNow(),
    };
    if (existing) Object.assign(existing, resource);
    else dataset.resources.push(resource);
    touch();
    return json(existing ? 200 : 201, {
      ...resource,
      display_name: resource.title,
      extraction_infos: { label: 'CSV File', type: resource.type },
      origin: { label: 'Uploaded file', type: 'uploaded_file' },
    });
  }
  if (resourceMatch && method === 'DELETE') {
    if (!can('edit_dataset')) return odsErrors.forbidden();
    dataset.resources = dataset.resources.filter((resource) => resource.uid !== resourceMatch[1]);
    return { status: 204 };
  }
  const metadataMatch = /^\/metadata\/(?:([^/]+)\/)?(?:([^/]+)\/)?$/.exec(sub);
  if (metadataMatch && (method === 'GET' || method === 'PUT')) {
    const [, template, field] = metadataMatch;
    if (method === 'GET') {
      if (!template) return json(200, dataset.metadata);
      const fields = dataset.metadata[template];
      if (!fields) return odsErrors.notFound();
      return field ? (fields[field] ? json(200, fields[field]) : odsErrors.notFound()) : json(200, fields);
    }
    if (!can('edit_dataset')) return odsErrors.forbidden();
    if (context.state.limits.odsRejectMetadataWhileProcessing && dataset.status.status !== 'idle') {
      return odsErrors.invalidStatus(dataset.status.status, 'idle');
    }
    const body = record(await readJson(context.request));
    if (context.fault?.fault === 'validation') return odsErrors.validation({ [`metadata.${template ?? 'default'}`]: ['Invalid value.'] });
    if (!template) dataset.metadata = metadataOf({ metadata: body });
    else if (!field) dataset.metadata[template] = { ...(body as Record<string, { value: unknown }>) };
    else dataset.metadata[template] = { ...dataset.metadata[template], [field]: { value: body.value } };
    const invalid = validateDataset(context, { metadata: dataset.metadata }, false);
    if (invalid) return odsErrors.validation(invalid);
    touch();
    return json(200, field && template ? dataset.metadata[template]?.[field] : template ? dataset.metadata[template] : dataset.metadata);
  }
  if (sub === '/status/' && method === 'GET') return json(200, dataset.status);
  if ((sub === '/publish/' || sub === '/publish_metadata/' || sub === '/unpublish/') && method === 'POST') {
    if (!can('publish_dataset')) return odsErrors.forbidden();
    if (dataset.status.status !== 'idle' && dataset.status.status !== 'error' && dataset.status.status !== 'limit_reached') {
      return odsErrors.invalidStatus(dataset.status.status, 'idle, error, limit_reached');
    }
    if (record(record(dataset.metadata.internal).draft).value === true) return odsErrors.invalidStatus('draft', 'idle');
    if (sub === '/publish/') startProcessing(dataset, { queuedMs: context.state.limits.odsQueuedMs, processingMs: context.state.limits.odsProcessingMs }, context.fault);
    if (sub === '/unpublish/') dataset.status = { ...dataset.status, is_published: false };
    return json(200, { detail: 'ok' });
  }
  return odsErrors.notFound();
}
