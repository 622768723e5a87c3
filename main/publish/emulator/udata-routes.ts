import type { EmulatorContext, EmulatorReply } from './emulator-http.js';
import { isJsonRequest, json, readJson, record } from './emulator-http.js';
import type { UdataDataset, UdataUser } from './emulator-state.js';
import { isoNow, objectId } from './emulator-state.js';
import { readDatasetForm, uniqueSlug } from './udata-dataset-form.js';
import { UDATA_EXTENSIONS, UDATA_FREQUENCIES, udataErrors } from './udata-errors.js';
import { udataResources } from './udata-resource-routes.js';
import { canEdit, datasetView, organizationView } from './udata-views.js';

/** The caller: a user, `undefined` without a key, or an error answer for a bad one. */
function caller(context: EmulatorContext): UdataUser | undefined | EmulatorReply {
  const key = context.request.headers['x-api-key'];
  if (typeof key !== 'string' || key === '') return undefined;
  const user = context.state.udata.users[key];
  if (!user) return udataErrors.badKey('invalid');
  if (user.token !== 'valid') return udataErrors.badKey(user.token);
  return user;
}

function isReply(value: unknown): value is EmulatorReply {
  return typeof value === 'object' && value !== null && 'status' in value;
}

function visibleTo(dataset: UdataDataset, user: UdataUser | undefined): boolean {
  return !dataset.private || (user !== undefined && canEdit(dataset, user));
}

/** Routes of the udata API v1 (reference §2.2), under `/api/1`. */
export async function udataApi(context: EmulatorContext, rest: string): Promise<EmulatorReply> {
  const who = caller(context);
  if (isReply(who)) return who;
  const user = who;
  const { method, state, base } = context;
  const datasets = state.udata.datasets;
  const writing = method !== 'GET';
  if (writing && !user) return udataErrors.noKey();
  if (writing && method !== 'DELETE' && !/\/upload\/$/.test(rest) && !isJsonRequest(context.request)) {
    return json(400, { errors: { 'Content-Type': 'expecting application/json' } });
  }

  if (rest === '/datasets/licenses/') return json(200, state.udata.licences.map((licence) => ({ ...licence, maintainer: null, flags: [], alternate_titles: [], alternate_urls: [] })));
  if (rest === '/datasets/frequencies/') return json(200, UDATA_FREQUENCIES.map((id) => ({ id, label: id })));
  if (rest === '/datasets/extensions/') return json(200, UDATA_EXTENSIONS);
  if (rest.startsWith('/me/')) {
    if (!user) return udataErrors.noKey();
    const mine = [...datasets.values()].filter((dataset) => !dataset.deleted && canEdit(dataset, user));
    if (rest === '/me/') {
      return json(200, {
        id: user.id,
        first_name: user.first_name,
        last_name: user.last_name,
        organizations: user.organizations.map((id) => organizationView(state, base, id)).filter((organization) => organization !== null),
      });
    }
    if (rest === '/me/org_datasets/') {
      const q = (context.query.get('q') ?? '').toLowerCase();
      return json(200, mine.filter((dataset) => String(dataset.fields.title).toLowerCase().includes(q)).map((dataset) => datasetView(state, base, dataset, user)));
    }
    if (rest === '/me/datasets/') return json(200, mine.filter((dataset) => dataset.owner === user.id).map((dataset) => datasetView(state, base, dataset, user)));
  }
  const organizationMatch = /^\/organizations\/([^/]+)\/$/.exec(rest);
  if (organizationMatch && method === 'GET') {
    const organization = organizationView(state, base, organizationMatch[1] ?? null);
    return organization ? json(200, organization) : udataErrors.notFound();
  }

  if (rest === '/datasets/' && method === 'GET') {
    const pageNumber = Number(context.query.get('page') ?? 1);
    const pageSize = Number(context.query.get('page_size') ?? 20);
    if (!(pageNumber >= 1 && pageSize >= 1)) return json(400, { message: 'page and page_size must be positive' });
    const organization = context.query.get('organization');
    if (organization !== null && !/^[0-9a-f]{24}$/.test(organization)) return json(400, { message: 'Organization arg must be an identifier' });
    const q = (context.query.get('q') ?? '').toLowerCase();
    const found = [...datasets.values()].filter(
      (dataset) => !dataset.private && !dataset.deleted && (organization === null || dataset.organization === organization) && String(dataset.fields.title).toLowerCase().includes(q),
    );
    const link = (at: number): string => `${base}/api/1/datasets/?page=${at}&page_size=${pageSize}`;
    return json(200, {
      data: found.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((dataset) => datasetView(state, base, dataset, user ?? null)),
      page: pageNumber,
      page_size: pageSize,
      total: found.length,
      next_page: pageNumber * pageSize < found.length ? link(pageNumber + 1) : null,
      previous_page: pageNumber > 1 ? link(pageNumber - 1) : null,
    });
  }
  if (rest === '/datasets/' && method === 'POST' && user) {
    const body = await readJson(context.request);
    if (context.fault?.fault === 'validation') return udataErrors.form({ title: ['This field is required.'] });
    const form = readDatasetForm(state, record(body), user);
    if (!form.ok) return udataErrors.form(form.errors);
    const now = isoNow();
    const dataset: UdataDataset = {
      id: objectId(),
      slug: uniqueSlug(state, String(form.fields.title), null),
      formerSlugs: [],
      owner: form.organization ? null : user.id,
      organization: form.organization,
      fields: form.fields,
      private: form.private,
      deleted: null,
      created_at: now,
      last_modified: now,
      resources: [],
    };
    datasets.set(dataset.id, dataset);
    return json(201, datasetView(state, base, dataset, user));
  }

  const match = /^\/datasets\/([^/]+)\/(.*)$/.exec(rest);
  if (!match) return udataErrors.notFound();
  const reference = match[1] ?? '';
  const dataset = datasets.get(reference) ?? [...datasets.values()].find((candidate) => candidate.slug === reference);
  if (!dataset) {
    const renamed = [...datasets.values()].find((candidate) => candidate.formerSlugs.includes(reference));
    if (renamed && method === 'GET') return { status: 301, headers: { Location: `${base}/api/1/datasets/${renamed.slug}/${match[2] ?? ''}` } };
    return udataErrors.notFound();
  }
  if (dataset.deleted) return udataErrors.gone();
  if (!visibleTo(dataset, user)) return udataErrors.notFound();
  const sub = `/${match[2] ?? ''}`;
  if (sub === '/' && method === 'GET') return json(200, datasetView(state, base, dataset, user ?? null));
  if (!user) return udataErrors.noKey();
  if (!canEdit(dataset, user)) return udataErrors.forbidden();
  if (sub === '/' && method === 'PUT') {
    const body = await readJson(context.request);
    if (context.fault?.fault === 'validation') return udataErrors.form({ description: ['This field is required.'] });
    const form = readDatasetForm(state, record(body), user);
    if (!form.ok) return udataErrors.form(form.errors);
    if (form.fields.title !== dataset.fields.title) {
      const slug = uniqueSlug(state, String(form.fields.title), dataset);
      if (slug !== dataset.slug) dataset.formerSlugs.push(dataset.slug);
      dataset.slug = slug;
    }
    dataset.fields = form.fields;
    // Form semantics: a PUT without `private` makes the dataset public (reference §2.3).
    dataset.private = form.private;
    if (form.organization) dataset.organization = form.organization;
    dataset.last_modified = isoNow();
    return json(200, datasetView(state, base, dataset, user));
  }
  if (sub === '/' && method === 'DELETE') {
    dataset.deleted = isoNow();
    return { status: 204 };
  }
  return udataResources(context, dataset, sub);
}
