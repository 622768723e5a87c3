import type { EmulatorState, UdataDataset, UdataResource, UdataUser } from './emulator-state.js';

/** A resource as udata serialises it (reference §2.4), without the emulator's file record. */
export function resourceView(resource: UdataResource): Record<string, unknown> {
  const { file: _file, ...rest } = resource;
  return rest;
}

/** The organisation summary embedded in datasets and `/me/`. */
export function organizationView(state: EmulatorState, base: string, id: string | null): Record<string, unknown> | null {
  const organization = id ? state.udata.organizations.get(id) : undefined;
  if (!organization) return null;
  return {
    ...organization,
    acronym: null,
    logo: null,
    badges: [],
    uri: `${base}/api/1/organizations/${organization.id}/`,
    page: `${base}/fr/organizations/${organization.slug}/`,
  };
}

/** A dataset as udata serialises it (reference §2.3). */
export function datasetView(state: EmulatorState, base: string, dataset: UdataDataset, user: UdataUser | null): Record<string, unknown> {
  const mayEdit = user !== null && canEdit(dataset, user);
  return {
    id: dataset.id,
    slug: dataset.slug,
    title: dataset.fields.title,
    acronym: dataset.fields.acronym ?? null,
    description: dataset.fields.description,
    description_short: dataset.fields.description_short ?? null,
    created_at: dataset.created_at,
    last_modified: dataset.last_modified,
    last_update: dataset.last_modified,
    deleted: dataset.deleted,
    archived: null,
    frequency: dataset.fields.frequency ?? 'unknown',
    frequency_date: dataset.fields.frequency_date ?? null,
    private: dataset.private,
    featured: false,
    tags: dataset.fields.tags ?? [],
    badges: [],
    resources: dataset.resources.map(resourceView),
    community_resources: [],
    organization: organizationView(state, base, dataset.organization),
    owner: dataset.owner ? { id: dataset.owner } : null,
    temporal_coverage: dataset.fields.temporal_coverage ?? null,
    spatial: dataset.fields.spatial ?? null,
    license: dataset.fields.license ?? 'notspecified',
    uri: `${base}/api/1/datasets/${dataset.id}/`,
    page: `${base}/fr/datasets/${dataset.slug}/`,
    extras: dataset.fields.extras ?? {},
    metrics: { discussions: 0, followers: 0, reuses: 0, views: 0 },
    quality: {},
    harvest: null,
    schema: null,
    internal: { created_at_internal: dataset.created_at, last_modified_internal: dataset.last_modified },
    contact_points: dataset.fields.contact_points ?? [],
    permissions: { delete: mayEdit, edit: mayEdit, edit_resources: mayEdit },
  };
}

/** The owner, or a member of the owning organisation, may edit. */
export function canEdit(dataset: UdataDataset, user: UdataUser): boolean {
  return dataset.owner === user.id || (dataset.organization !== null && user.organizations.includes(dataset.organization));
}
