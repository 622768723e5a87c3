import type { EmulatorReply } from './emulator-http.js';
import { json } from './emulator-http.js';
import type { CkanPackage, CkanResource, EmulatorState } from './emulator-state.js';

/** The action API envelope (reference §3.1). */
export function ckanOk(base: string, action: string, result: unknown): EmulatorReply {
  return json(200, { help: `${base}/api/3/action/help_show?name=${action}`, success: true, result });
}

/** The error envelope with the status `ckan/views/api.py` maps each exception to (reference §3.7). */
export function ckanFail(base: string, action: string, status: number, error: Record<string, unknown>): EmulatorReply {
  return json(status, { help: `${base}/api/3/action/help_show?name=${action}`, success: false, error });
}

/** Shorthands for the usual failures. */
export const ckanErrors = {
  notAuthorized: (base: string, action: string, user: string, what: string): EmulatorReply =>
    ckanFail(base, action, 403, { __type: 'Authorization Error', message: `Access denied: User ${user} not authorized to ${what}` }),
  notFound: (base: string, action: string): EmulatorReply => ckanFail(base, action, 404, { __type: 'Not Found Error', message: 'Not found' }),
  validation: (base: string, action: string, fields: Record<string, string[]>): EmulatorReply =>
    ckanFail(base, action, 409, { __type: 'Validation Error', ...fields }),
  internal: (base: string, action: string): EmulatorReply =>
    ckanFail(base, action, 500, { __type: 'Internal Server Error', message: 'Internal Server Error' }),
};

/** A resource dict, without the emulator's file record. */
export function ckanResourceView(resource: CkanResource): Record<string, unknown> {
  const { file: _file, ...rest } = resource;
  return rest;
}

/** A package dict as `package_show` returns it (reference §3.3). */
export function ckanPackageView(state: EmulatorState, pkg: CkanPackage): Record<string, unknown> {
  const fields = pkg.fields;
  const organization = state.ckan.organizations.get(String(fields.owner_org));
  const licence = state.ckan.licences.find((candidate) => candidate.id === fields.license_id);
  const tags = Array.isArray(fields.tags) ? (fields.tags as { name: string }[]) : [];
  return {
    author: null,
    author_email: null,
    maintainer: null,
    maintainer_email: null,
    notes: null,
    url: null,
    version: null,
    license_id: null,
    ...fields,
    id: pkg.id,
    type: 'dataset',
    state: 'active',
    private: fields.private === true,
    owner_org: organization?.id ?? null,
    organization: organization ? { ...organization, is_organization: true, type: 'organization', state: 'active' } : null,
    creator_user_id: pkg.creator_user_id,
    license_title: licence?.title ?? fields.license_id ?? null,
    license_url: licence?.url || undefined,
    isopen: licence ? !['other-closed', 'cc-nc', 'other-nc', 'notspecified'].includes(licence.id) : false,
    metadata_created: pkg.metadata_created,
    metadata_modified: pkg.metadata_modified,
    resources: pkg.resources.map(ckanResourceView),
    tags: tags.map((tag) => ({ name: tag.name, display_name: tag.name, id: tag.name, state: 'active', vocabulary_id: null })),
    groups: [],
    extras: Array.isArray(fields.extras) ? fields.extras : [],
    relationships_as_object: [],
    relationships_as_subject: [],
    num_resources: pkg.resources.length,
    num_tags: tags.length,
  };
}
