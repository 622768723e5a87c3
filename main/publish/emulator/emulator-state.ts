import crypto from 'node:crypto';
import type { ReceivedFile } from './multipart-reader.js';

/** An Opendatasoft API key and what it may do (`create_dataset`, `edit_dataset`, `publish_dataset`). */
export interface OdsKey {
  user: string;
  permissions: string[];
}

/** Opendatasoft's processing status object (reference §1.6). */
export interface OdsStatus {
  status: string;
  previous: string | null;
  next: string | null;
  since: string;
  is_published: boolean;
  message: string | null;
  records_errors: unknown[];
  params: Record<string, unknown>;
}

export interface OdsResource {
  uid: string;
  type: string;
  title: string;
  params: Record<string, unknown>;
  datasource: { type: string; file: { uid: string } };
  updated_at: string;
}

/** What the Explore API shows once processing ended. */
export interface OdsPublishedData {
  fields: { name: string; label: string; type: string; description: null; annotations: Record<string, unknown> }[];
  rowCount: number;
}

export interface OdsDataset {
  uid: string;
  dataset_id: string;
  is_restricted: boolean;
  metadata: Record<string, Record<string, { value: unknown }>>;
  created_at: string;
  updated_at: string;
  status: OdsStatus;
  resources: OdsResource[];
  files: Map<string, ReceivedFile>;
  published: OdsPublishedData | null;
}

export interface UdataUser {
  id: string;
  first_name: string;
  last_name: string;
  organizations: string[];
  /** v16+ API tokens can be revoked or expire. */
  token: 'valid' | 'revoked' | 'expired';
}

export interface UdataResource {
  id: string;
  title: string;
  description: string | null;
  filetype: 'file';
  type: string;
  format: string;
  mime: string;
  filesize: number;
  checksum: { type: 'sha1'; value: string };
  url: string;
  latest: string;
  created_at: string;
  last_modified: string;
  extras: Record<string, unknown>;
  schema: Record<string, unknown>;
  file: ReceivedFile;
}

export interface UdataDataset {
  id: string;
  slug: string;
  formerSlugs: string[];
  owner: string | null;
  organization: string | null;
  fields: Record<string, unknown>;
  private: boolean;
  deleted: string | null;
  created_at: string;
  last_modified: string;
  resources: UdataResource[];
}

export interface UdataChunkedUpload {
  parts: Map<number, ReceivedFile>;
}

export interface CkanUser {
  id: string;
  name: string;
  /** Organisation id → capacity (`admin`, `editor`, `member`). */
  capacities: Record<string, 'admin' | 'editor' | 'member'>;
}

export interface CkanResource {
  id: string;
  package_id: string;
  name: string;
  description: string;
  format: string;
  url_type: 'upload';
  url: string;
  mimetype: string;
  size: number;
  hash: string;
  position: number;
  state: 'active';
  created: string;
  last_modified: string;
  resource_type: null;
  cache_url: null;
  mimetype_inner: null;
  file: ReceivedFile;
}

export interface CkanPackage {
  id: string;
  fields: Record<string, unknown>;
  creator_user_id: string;
  metadata_created: string;
  metadata_modified: string;
  resources: CkanResource[];
}

/** A licence as a portal lists it. */
export interface EmulatedLicence {
  id: string;
  title: string;
  url: string;
}

/** Sizes and durations the tests tune. */
export interface EmulatorLimits {
  /** Request body limit of the « proxy » in front of each engine (HTML 413 above it). */
  proxyBytes: { ods: number; udata: number; ckan: number };
  /** CKAN `ckan.max_resource_size` (409 « File upload too large » above it). */
  ckanMaxResourceBytes: number;
  /** Opendatasoft processing: time spent `queued`, then `processing`. */
  odsQueuedMs: number;
  odsProcessingMs: number;
  /** Opendatasoft: whether a metadata PUT is refused while processing (real behaviour unconfirmed). */
  odsRejectMetadataWhileProcessing: boolean;
}

/** The whole in-memory world of the three portals; survives a server restart on the same port. */
export interface EmulatorState {
  filesDir: string;
  limits: EmulatorLimits;
  ods: { keys: Record<string, OdsKey>; licences: EmulatedLicence[]; datasets: Map<string, OdsDataset> };
  udata: {
    users: Record<string, UdataUser>;
    organizations: Map<string, { id: string; name: string; slug: string }>;
    licences: EmulatedLicence[];
    datasets: Map<string, UdataDataset>;
    chunks: Map<string, UdataChunkedUpload>;
  };
  ckan: {
    users: Record<string, CkanUser>;
    organizations: Map<string, { id: string; name: string; title: string }>;
    licences: EmulatedLicence[];
    packages: Map<string, CkanPackage>;
  };
  /** Uploads being read right now, and those stalled by a `stall-body` fault. */
  activeUploads: number;
  stalledUploads: number;
}

/** Now, as the engines print it. */
export function isoNow(): string {
  return new Date().toISOString();
}

/** `da_` + 6 characters, like Opendatasoft uids (reference §5.A.2). */
export function odsUid(prefix: 'da' | 're' | 'pr'): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(6);
  return `${prefix}_${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** A 24-hex MongoDB ObjectId, like udata ids. */
export function objectId(): string {
  return crypto.randomBytes(12).toString('hex');
}
