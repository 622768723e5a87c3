import type { ConnectionReport, PortalProfile } from '../../../shared/publish/portal-profile.js';
import type { PortalEngine, PublicationRequest } from '../../../shared/publish/publication-request.js';
import type { PortalReadBack } from '../../../shared/publish/read-back-check.js';

/** A file of a dataset on the portal (Opendatasoft: a resource pointing at an uploaded file). */
export interface RemoteResource {
  id: string;
  title: string;
  /** Opendatasoft: the uploaded file's uid the resource points at. */
  fileRef: string | null;
  /** udata: sha1; CKAN: the `hash` we sent (our sha256). */
  checksum: string | null;
  url: string | null;
}

/** A dataset as found on the portal. */
export interface RemoteDataset {
  /** The immutable id every later call uses (Opendatasoft uid, udata ObjectId, CKAN UUID). */
  id: string;
  /** The readable name (Opendatasoft `dataset_id`, udata slug, CKAN `name`). */
  name: string;
  /** The page a clerk opens to see it. */
  pageUrl: string;
  isPublic: boolean;
  resources: RemoteResource[];
}

/** One publication as the adapter needs it: the request, and what the outbox fixed before the first call. */
export interface PublicationTarget {
  request: PublicationRequest;
  /** The portal name chosen once and stored (Opendatasoft `dataset_id`, CKAN `name`). */
  name: string;
  /** sha1 of the file (udata's checksum), computed before the upload. */
  sha1: string;
  /** The resource of the previous version, if one was recorded. */
  knownResourceId: string | null;
}

/** What the upload needs besides the target. */
export interface UploadOptions {
  onProgress: (sent: number, total: number) => void;
  /** Opendatasoft: the uploaded file's uid, stored at once so a resumed run does not upload it again. */
  fileRef: string | null;
  saveFileRef: (fileRef: string) => void;
}

/**
 * One portal engine behind the interface the outbox drives (issue 7 « Portals »). Every method
 * is safe to call again after a lost answer: writes look first, or replace rather than add.
 * Failures are `PortalError`s, whose `handling` tells the outbox to wait, retry or stop.
 */
export interface PortalAdapter {
  readonly engine: PortalEngine;
  /** « Tester la connexion »: key, permissions, organisation, licences. */
  checkConnection(): Promise<ConnectionReport>;
  /** The dataset of this publication: by its recorded id, else by its idempotency key; null when absent. */
  findDataset(target: PublicationTarget, knownId: string | null): Promise<RemoteDataset | null>;
  /** Creates the dataset, private, with its metadata and licence. */
  createDataset(target: PublicationTarget): Promise<RemoteDataset>;
  /** Sets the metadata and licence of an existing dataset, keeping its visibility. */
  updateDataset(remote: RemoteDataset, target: PublicationTarget): Promise<RemoteDataset>;
  /** Puts the file in the dataset's one resource: adopted if already there, replaced, or created. */
  uploadFile(remote: RemoteDataset, target: PublicationTarget, options: UploadOptions): Promise<RemoteResource>;
  /** Opendatasoft: publishes and waits for processing to end. Others: nothing to do. */
  process(remote: RemoteDataset): Promise<void>;
  /** The columns and row count the portal shows now. */
  readBack(remote: RemoteDataset, target: PublicationTarget): Promise<PortalReadBack>;
  makePublic(remote: RemoteDataset, target: PublicationTarget): Promise<void>;
  /** True when an anonymous visitor sees the dataset. */
  isPubliclyVisible(remote: RemoteDataset): Promise<boolean>;
}

/** Timings of an adapter; the tests shorten them. */
export interface AdapterTimings {
  /** Socket inactivity before a request is given up (a moving upload is never cut). */
  timeoutMs: number;
  /** Opendatasoft: between two reads of `/status/`, and how long to wait in all. */
  pollIntervalMs: number;
  pollTimeoutMs: number;
  /** udata: files above this size go in chunks of this size. */
  chunkBytes: number;
}

/** Production timings: 60 s of silence, status every 2 s for up to 15 min, 8 MB chunks. */
export const DEFAULT_ADAPTER_TIMINGS: AdapterTimings = {
  timeoutMs: 60_000,
  pollIntervalMs: 2_000,
  pollTimeoutMs: 15 * 60_000,
  chunkBytes: 8 * 1024 * 1024,
};

/** What every adapter is built from. */
export interface AdapterContext {
  profile: PortalProfile;
  apiKey: string;
  timings: AdapterTimings;
  signal: AbortSignal;
}
