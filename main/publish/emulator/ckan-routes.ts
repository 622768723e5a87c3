import crypto from 'node:crypto';
import path from 'node:path';
import type { EmulatorContext, EmulatorReply } from './emulator-http.js';
import { discardFile, json, readForm, readJson, record } from './emulator-http.js';
import type { CkanPackage, CkanResource, CkanUser } from './emulator-state.js';
import { isoNow } from './emulator-state.js';
import { ckanErrors, ckanFail, ckanOk, ckanPackageView, ckanResourceView } from './ckan-envelope.js';
import type { ReceivedFile } from './multipart-reader.js';

const NAME = /^[a-z0-9_-]+$/;

function findPackage(context: EmulatorContext, id: unknown): CkanPackage | undefined {
  const packages = context.state.ckan.packages;
  return packages.get(String(id)) ?? [...packages.values()].find((pkg) => pkg.fields.name === id);
}

function mayRead(pkg: CkanPackage, user: CkanUser | null): boolean {
  return pkg.fields.private !== true || (user !== null && String(pkg.fields.owner_org) in user.capacities);
}

function mayWrite(orgId: unknown, user: CkanUser | null): boolean {
  const capacity = user?.capacities[String(orgId)];
  return capacity === 'editor' || capacity === 'admin';
}

function validatePackage(context: EmulatorContext, fields: Record<string, unknown>, self: CkanPackage | null): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  const name = fields.name;
  if (typeof name !== 'string' || name === '') errors.name = ['Missing value'];
  else if (name.length < 2) errors.name = ['Must be at least 2 characters long'];
  else if (!NAME.test(name) || name.length > 100) errors.name = ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'];
  else if ([...context.state.ckan.packages.values()].some((pkg) => pkg !== self && pkg.fields.name === name)) errors.name = ['That URL is already in use.'];
  const org = fields.owner_org;
  if (typeof org !== 'string' || org === '') errors.owner_org = ['An organization must be provided'];
  else if (!context.state.ckan.organizations.has(org)) errors.owner_org = ['Organization does not exist'];
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Accepts an organisation id or name, as CKAN does, and stores the id. */
function normaliseOrg(context: EmulatorContext, fields: Record<string, unknown>): void {
  const org = [...context.state.ckan.organizations.values()].find((candidate) => candidate.id === fields.owner_org || candidate.name === fields.owner_org);
  if (org) fields.owner_org = org.id;
}

async function readParams(context: EmulatorContext): Promise<{ params: Record<string, unknown>; upload: ReceivedFile | null } | null> {
  if (context.method === 'GET') return { params: Object.fromEntries(context.query), upload: null };
  if ((context.request.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
    const form = await readForm(context);
    return { params: { ...form.fields }, upload: form.files.upload ?? null };
  }
  const body = await readJson(context.request);
  return body === undefined ? null : { params: record(body), upload: null };
}

function applyUpload(context: EmulatorContext, pkg: CkanPackage, resource: Partial<CkanResource>, file: ReceivedFile): void {
  const id = resource.id as string;
  resource.file = file;
  resource.url = `${context.base}/dataset/${pkg.id}/resource/${id}/download/${encodeURIComponent(file.filename)}`;
  resource.url_type = 'upload';
  resource.size = file.size;
  resource.mimetype = path.extname(file.filename).toLowerCase() === '.csv' ? 'text/csv' : file.contentType;
  resource.last_modified = isoNow();
}

/** Routes of the action API (reference §3), under `/api/3/action` and `/api/action`. */
export async function ckanAction(context: EmulatorContext, action: string): Promise<EmulatorReply> {
  const { base, state } = context;
  const token = context.request.headers.authorization;
  // A bad, missing or `Bearer` token leaves the caller anonymous: CKAN never answers 401.
  const user = (typeof token === 'string' ? state.ckan.users[token] : undefined) ?? null;
  const read = await readParams(context);
  if (!read) return json(400, 'Bad request: JSON Error: Could not load JSON');
  const { params, upload } = read;
  const fault = context.fault?.fault;
  if (fault === 'validation') return ckanErrors.validation(base, action, { name: ['Missing value'] });
  if (fault === 'duplicate') return ckanErrors.validation(base, action, { name: ['That URL is already in use.'] });
  const now = isoNow();

  switch (action) {
    case 'license_list':
      return ckanOk(base, action, state.ckan.licences.map((licence) => ({ ...licence, status: 'active', maintainer: '', family: '', domain_content: false, domain_data: true, domain_software: false, is_generic: false, od_conformance: 'approved', osd_conformance: 'not reviewed' })));
    case 'organization_list_for_user': {
      const permission = String(params.permission ?? 'manage_group');
      const allowed = (capacity: string): boolean =>
        permission === 'read' ? true : permission === 'create_dataset' || permission === 'update_dataset' ? capacity !== 'member' : capacity === 'admin';
      const organizations = user ? Object.entries(user.capacities).filter(([, capacity]) => allowed(capacity)) : [];
      return ckanOk(base, action, organizations.map(([id, capacity]) => {
        const org = state.ckan.organizations.get(id);
        return { ...org, display_name: org?.title, description: '', image_url: '', created: now, is_organization: true, state: 'active', type: 'organization', capacity };
      }));
    }
    case 'organization_show': {
      const org = [...state.ckan.organizations.values()].find((candidate) => candidate.id === params.id || candidate.name === params.id);
      return org ? ckanOk(base, action, org) : ckanErrors.notFound(base, action);
    }
    case 'package_show': {
      const pkg = findPackage(context, params.id);
      if (!pkg) return ckanErrors.notFound(base, action);
      if (!mayRead(pkg, user)) return ckanErrors.notAuthorized(base, action, user?.name ?? '', `read package ${pkg.id}`);
      return ckanOk(base, action, ckanPackageView(state, pkg));
    }
    case 'package_create': {
      const { resources: _resources, ...fields } = params;
      normaliseOrg(context, fields);
      if (!user || (typeof fields.owner_org === 'string' && state.ckan.organizations.has(fields.owner_org) && !mayWrite(fields.owner_org, user))) {
        return ckanErrors.notAuthorized(base, action, user?.name ?? '', 'create packages');
      }
      const errors = validatePackage(context, fields, null);
      if (errors) return ckanErrors.validation(base, action, errors);
      const pkg: CkanPackage = { id: crypto.randomUUID(), fields, creator_user_id: user.id, metadata_created: now, metadata_modified: now, resources: [] };
      state.ckan.packages.set(pkg.id, pkg);
      return ckanOk(base, action, ckanPackageView(state, pkg));
    }
    case 'package_patch':
    case 'package_update': {
      const pkg = findPackage(context, params.id);
      if (!pkg) return ckanErrors.notFound(base, action);
      if (!mayWrite(pkg.fields.owner_org, user)) return ckanErrors.notAuthorized(base, action, user?.name ?? '', `edit package ${pkg.id}`);
      const { id: _id, resources: _resources, ...sent } = params;
      // `package_patch` keeps what is not sent; `package_update` clears it (reference §3.2).
      const fields = action === 'package_patch' ? { ...pkg.fields, ...sent } : { name: pkg.fields.name, ...sent };
      normaliseOrg(context, fields);
      const errors = validatePackage(context, fields, pkg);
      if (errors) return ckanErrors.validation(base, action, errors);
      pkg.fields = fields;
      pkg.metadata_modified = now;
      return ckanOk(base, action, ckanPackageView(state, pkg));
    }
    case 'resource_create':
    case 'resource_update':
    case 'resource_patch': {
      const existing = action === 'resource_create' ? undefined : [...state.ckan.packages.values()].flatMap((pkg) => pkg.resources).find((resource) => resource.id === params.id);
      if (action !== 'resource_create' && !existing) return ckanErrors.notFound(base, action);
      const pkg = findPackage(context, existing?.package_id ?? params.package_id);
      if (!pkg) return action === 'resource_create' ? ckanErrors.validation(base, action, { package_id: ['Missing value'] }) : ckanErrors.notFound(base, action);
      if (!mayWrite(pkg.fields.owner_org, user)) return ckanErrors.notAuthorized(base, action, user?.name ?? '', `edit package ${pkg.id}`);
      if (upload && upload.size > state.limits.ckanMaxResourceBytes) {
        discardFile(upload.path);
        return ckanErrors.validation(base, action, { upload: ['File upload too large'] });
      }
      const text = (key: string, fallback: string): string => (typeof params[key] === 'string' ? (params[key] as string) : fallback);
      const base_ = action === 'resource_patch' && existing ? existing : undefined;
      const resource: Partial<CkanResource> = {
        ...(existing ?? {}),
        id: existing?.id ?? crypto.randomUUID(),
        package_id: pkg.id,
        name: text('name', base_?.name ?? upload?.filename ?? ''),
        description: text('description', base_?.description ?? ''),
        format: text('format', base_?.format ?? (upload ? path.extname(upload.filename).slice(1).toUpperCase() : '')),
        hash: text('hash', base_?.hash ?? ''),
        position: existing?.position ?? pkg.resources.length,
        state: 'active',
        created: existing?.created ?? now,
        last_modified: now,
        resource_type: null,
        cache_url: null,
        mimetype_inner: null,
      };
      if (upload) {
        if (existing) discardFile(existing.file.path);
        applyUpload(context, pkg, resource, upload);
      }
      if (!resource.file) return ckanErrors.validation(base, action, { url: ['Missing value'] });
      if (existing) Object.assign(existing, resource);
      else pkg.resources.push(resource as CkanResource);
      pkg.metadata_modified = now;
      return ckanOk(base, action, ckanResourceView(existing ?? (resource as CkanResource)));
    }
    default:
      return json(400, `Bad request: Action name not known: ${action}`);
  }
}

/** Serves an uploaded file; a private dataset's files need a member's token. */
export function ckanDownload(context: EmulatorContext, packageId: string, resourceId: string): EmulatorReply {
  const pkg = context.state.ckan.packages.get(packageId);
  const resource = pkg?.resources.find((candidate) => candidate.id === resourceId);
  if (!pkg || !resource) return { status: 404, html: '<html><body><h1>404 Not Found</h1></body></html>' };
  const token = context.request.headers.authorization;
  const user = (typeof token === 'string' ? context.state.ckan.users[token] : undefined) ?? null;
  if (!mayRead(pkg, user)) return { status: 403, html: '<html><body><h1>403 Forbidden</h1></body></html>' };
  return { status: 200, file: { path: resource.file.path, contentType: resource.mimetype } };
}

/** The failure a fault puts in place of the action's answer, in CKAN's shapes. */
export function ckanFaultReply(context: EmulatorContext, action: string): EmulatorReply | null {
  const base = context.base;
  switch (context.fault?.fault) {
    case 'bad-key':
      return ckanErrors.notAuthorized(base, action, '', 'create packages');
    case 'forbidden':
      return ckanErrors.notAuthorized(base, action, 'agent', 'edit this package');
    case 'server-error':
      return ckanErrors.internal(base, action);
    case 'rate-limit':
      return ckanFail(base, action, 429, { __type: 'Too Many Requests', message: 'Too many requests' });
    default:
      return null;
  }
}
