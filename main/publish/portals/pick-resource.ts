import type { PublicationTarget, RemoteResource } from './portal-adapter.js';

/**
 * The resource a new file replaces: the one recorded for the previous version, else the only
 * one, else the one with the file's name; null means the file gets its own resource. A dataset
 * found by our idempotency key is ours, so its one resource is ours too.
 */
export function pickResource(resources: RemoteResource[], target: PublicationTarget): RemoteResource | null {
  const known = resources.find((resource) => resource.id === target.knownResourceId);
  if (known) return known;
  if (resources.length === 1) return resources[0] ?? null;
  return resources.find((resource) => resource.title === target.request.file.name) ?? null;
}
