import type { AtelierDatabase } from '../../db/database.js';
import type { ErrorDetails } from '../../../shared/api/result.js';
import type { OutboxStatus, PublicationStep } from '../../../shared/publish/outbox-state.js';
import type { PublicationRequest } from '../../../shared/publish/publication-request.js';

/** A row of the outbox joined with the portal dataset of its key. */
export interface OutboxRow {
  id: number;
  profileId: number;
  publicationKey: string;
  version: number;
  title: string;
  request: PublicationRequest;
  status: OutboxStatus;
  step: PublicationStep;
  attempt: number;
  networkWaits: number;
  nextAttemptAt: number | null;
  wantPublic: boolean;
  fileSha1: string | null;
  fileRef: string | null;
  errorCode: string | null;
  errorDetails: ErrorDetails | null;
  createdAt: string;
  updatedAt: string;
  remoteName: string;
  remoteId: string | null;
  resourceId: string | null;
  pageUrl: string | null;
}

interface RawRow {
  id: number;
  profile_id: number;
  publication_key: string;
  version: number;
  title: string;
  request: string;
  status: OutboxStatus;
  step: PublicationStep;
  attempt: number;
  network_waits: number;
  next_attempt_at: number | null;
  want_public: number;
  file_sha1: string | null;
  file_ref: string | null;
  error_code: string | null;
  error_details: string | null;
  created_at: string;
  updated_at: string;
  remote_name: string;
  remote_id: string | null;
  resource_id: string | null;
  page_url: string | null;
}

/** Columns a status change may set along with the status. */
export interface OutboxChanges {
  step?: PublicationStep;
  attempt?: number;
  networkWaits?: number;
  nextAttemptAt?: number | null;
  wantPublic?: boolean;
  error?: { code: string; details: ErrorDetails } | null;
}

const SELECT = `SELECT o.*, d.remote_name, d.remote_id, d.resource_id, d.page_url FROM publication_outbox o
  JOIN portal_dataset d ON d.profile_id = o.profile_id AND d.publication_key = o.publication_key`;

function toRow(raw: RawRow): OutboxRow {
  return {
    id: raw.id,
    profileId: raw.profile_id,
    publicationKey: raw.publication_key,
    version: raw.version,
    title: raw.title,
    request: JSON.parse(raw.request) as PublicationRequest,
    status: raw.status,
    step: raw.step,
    attempt: raw.attempt,
    networkWaits: raw.network_waits,
    nextAttemptAt: raw.next_attempt_at,
    wantPublic: raw.want_public === 1,
    fileSha1: raw.file_sha1,
    fileRef: raw.file_ref,
    errorCode: raw.error_code,
    errorDetails: raw.error_details ? (JSON.parse(raw.error_details) as ErrorDetails) : null,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    remoteName: raw.remote_name,
    remoteId: raw.remote_id,
    resourceId: raw.resource_id,
    pageUrl: raw.page_url,
  };
}

/** The outbox's SQL, prepared once. Every write that must be durable before a request is made here first. */
export class OutboxRepository {
  private readonly db: AtelierDatabase;
  private readonly statements;

  constructor(db: AtelierDatabase) {
    this.db = db;
    this.statements = {
      get: db.prepare<[number], RawRow>(`${SELECT} WHERE o.id = ?`),
      list: db.prepare<[], RawRow>(`${SELECT} ORDER BY o.id DESC`),
      // The oldest due item; an item waits while an older one of the same dataset is unsettled.
      nextDue: db.prepare<[number], RawRow>(
        `${SELECT} WHERE (o.status = 'queued' OR (o.status IN ('retry-wait', 'waiting-network') AND o.next_attempt_at <= ?))
         AND NOT EXISTS (SELECT 1 FROM publication_outbox p WHERE p.profile_id = o.profile_id AND p.publication_key = o.publication_key
           AND p.id < o.id AND p.status IN ('queued', 'running', 'retry-wait', 'waiting-network'))
         ORDER BY o.id LIMIT 1`,
      ),
      earliestWake: db.prepare<[], { at: number | null }>(
        "SELECT min(next_attempt_at) AS at FROM publication_outbox WHERE status IN ('retry-wait', 'waiting-network')",
      ),
      byStatus: db.prepare<[string], RawRow>(`${SELECT} WHERE o.status = ? ORDER BY o.id`),
      older: db.prepare<[number, string, number], RawRow>(
        `${SELECT} WHERE o.profile_id = ? AND o.publication_key = ? AND o.id < ? AND o.status IN ('queued', 'retry-wait', 'waiting-network', 'private-ready')`,
      ),
      newer: db.prepare<[number, string, number], RawRow>(
        `${SELECT} WHERE o.profile_id = ? AND o.publication_key = ? AND o.id > ? AND o.status IN ('queued', 'retry-wait', 'waiting-network')
         ORDER BY o.id DESC LIMIT 1`,
      ),
      reserveName: db.prepare(
        `INSERT INTO portal_dataset (profile_id, publication_key, remote_name, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, publication_key) DO NOTHING`,
      ),
      insert: db.prepare(
        `INSERT INTO publication_outbox (profile_id, publication_key, version, title, request, status, step, want_public, created_at, updated_at)
         VALUES (@profileId, @publicationKey, @version, @title, @request, 'queued', 'locate', @wantPublic, @now, @now)`,
      ),
      setStatus: db.prepare(
        `UPDATE publication_outbox SET status = @status, step = coalesce(@step, step), attempt = coalesce(@attempt, attempt),
         network_waits = coalesce(@networkWaits, network_waits), next_attempt_at = @nextAttemptAt,
         want_public = coalesce(@wantPublic, want_public), error_code = @errorCode, error_details = @errorDetails, updated_at = @now
         WHERE id = @id`,
      ),
      setStep: db.prepare('UPDATE publication_outbox SET step = ?, attempt = 0, updated_at = ? WHERE id = ?'),
      setFile: db.prepare('UPDATE publication_outbox SET file_sha1 = coalesce(?, file_sha1), file_ref = ?, updated_at = ? WHERE id = ?'),
      setRemote: db.prepare(
        'UPDATE portal_dataset SET remote_id = ?, remote_name = ?, page_url = ?, updated_at = ? WHERE profile_id = ? AND publication_key = ?',
      ),
      setResource: db.prepare('UPDATE portal_dataset SET resource_id = ?, updated_at = ? WHERE profile_id = ? AND publication_key = ?'),
    };
  }

  get(id: number): OutboxRow | null {
    const raw = this.statements.get.get(id);
    return raw ? toRow(raw) : null;
  }

  list(): OutboxRow[] {
    return this.statements.list.all().map(toRow);
  }

  nextDue(now: number): OutboxRow | null {
    const raw = this.statements.nextDue.get(now);
    return raw ? toRow(raw) : null;
  }

  earliestWake(): number | null {
    return this.statements.earliestWake.get()?.at ?? null;
  }

  withStatus(status: OutboxStatus): OutboxRow[] {
    return this.statements.byStatus.all(status).map(toRow);
  }

  /** Older versions of the same dataset still waiting: a newer version supersedes them. */
  olderWaiting(row: OutboxRow): OutboxRow[] {
    return this.statements.older.all(row.profileId, row.publicationKey, row.id).map(toRow);
  }

  /** The newest version of the same dataset still to be sent, if one came after this one. */
  newerWaiting(row: OutboxRow): OutboxRow | null {
    const raw = this.statements.newer.get(row.profileId, row.publicationKey, row.id);
    return raw ? toRow(raw) : null;
  }

  /**
   * Records a publication, and the portal name of its dataset if the key has none yet — in one
   * transaction, before any request: the idempotency key is durable from the first byte sent.
   */
  insert(request: PublicationRequest, remoteName: string, wantPublic: boolean): number {
    const now = new Date().toISOString();
    return this.db.transaction(() => {
      this.statements.reserveName.run(request.profileId, request.publicationKey, remoteName, now, now);
      return Number(
        this.statements.insert.run({
          profileId: request.profileId,
          publicationKey: request.publicationKey,
          version: request.version,
          title: request.metadata.title,
          request: JSON.stringify(request),
          wantPublic: wantPublic ? 1 : 0,
          now,
        }).lastInsertRowid,
      );
    })();
  }

  setStatus(id: number, status: OutboxStatus, changes: OutboxChanges): void {
    this.statements.setStatus.run({
      id,
      status,
      step: changes.step ?? null,
      attempt: changes.attempt ?? null,
      networkWaits: changes.networkWaits ?? null,
      nextAttemptAt: changes.nextAttemptAt ?? null,
      wantPublic: changes.wantPublic === undefined ? null : changes.wantPublic ? 1 : 0,
      errorCode: changes.error?.code ?? null,
      errorDetails: changes.error ? JSON.stringify(changes.error.details) : null,
      now: new Date().toISOString(),
    });
  }

  /** A step completed: the next run resumes after it, and the failure count starts again. */
  setStep(id: number, step: PublicationStep): void {
    this.statements.setStep.run(step, new Date().toISOString(), id);
  }

  setFile(id: number, sha1: string | null, fileRef: string | null): void {
    this.statements.setFile.run(sha1, fileRef, new Date().toISOString(), id);
  }

  setRemote(row: OutboxRow, remote: { id: string; name: string; pageUrl: string }): void {
    this.statements.setRemote.run(remote.id, remote.name, remote.pageUrl, new Date().toISOString(), row.profileId, row.publicationKey);
  }

  setResource(row: OutboxRow, resourceId: string): void {
    this.statements.setResource.run(resourceId, new Date().toISOString(), row.profileId, row.publicationKey);
  }
}
