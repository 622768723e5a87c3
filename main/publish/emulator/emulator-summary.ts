import type { EmulatorState } from './emulator-state.js';

/** What each engine holds, for tests to count datasets and resources and check rows. */
export interface EmulatorSummary {
  ods: { uid: string; datasetId: string; restricted: boolean; published: boolean; status: string; resources: number; files: number; rows: number | null; fields: string[] }[];
  udata: { id: string; slug: string; title: string; private: boolean; deleted: boolean; publicationId: string | null; resources: { id: string; title: string; sha1: string; size: number }[] }[];
  ckan: { id: string; name: string; private: boolean; publicationId: string | null; resources: { id: string; name: string; size: number; hash: string }[] }[];
}

/** Summarises the emulator's world. */
export function summarise(state: EmulatorState): EmulatorSummary {
  return {
    ods: [...state.ods.datasets.values()].map((dataset) => ({
      uid: dataset.uid,
      datasetId: dataset.dataset_id,
      restricted: dataset.is_restricted,
      published: dataset.status.is_published,
      status: dataset.status.status,
      resources: dataset.resources.length,
      files: dataset.files.size,
      rows: dataset.published?.rowCount ?? null,
      fields: dataset.published?.fields.map((field) => field.label) ?? [],
    })),
    udata: [...state.udata.datasets.values()].map((dataset) => ({
      id: dataset.id,
      slug: dataset.slug,
      title: String(dataset.fields.title),
      private: dataset.private,
      deleted: dataset.deleted !== null,
      publicationId: ((dataset.fields.extras as Record<string, unknown> | undefined)?.['workbench:publication_id'] as string | undefined) ?? null,
      resources: dataset.resources.map((resource) => ({ id: resource.id, title: resource.title, sha1: resource.checksum.value, size: resource.filesize })),
    })),
    ckan: [...state.ckan.packages.values()].map((pkg) => ({
      id: pkg.id,
      name: String(pkg.fields.name),
      private: pkg.fields.private === true,
      publicationId:
        (Array.isArray(pkg.fields.extras) ? (pkg.fields.extras as { key: string; value: string }[]).find((extra) => extra.key === 'workbench_publication_id')?.value : undefined) ?? null,
      resources: pkg.resources.map((resource) => ({ id: resource.id, name: resource.name, size: resource.size, hash: resource.hash })),
    })),
  };
}
