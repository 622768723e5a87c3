import { AppError, isAppError } from '../../../shared/errors.js';
import type { ErrorDetails } from '../../../shared/api/result.js';
import type { OutboxItemView, OutboxTransition } from '../../../shared/publish/outbox-item.js';
import type { OutboxStatus } from '../../../shared/publish/outbox-state.js';
import { canTransition, isCancellable } from '../../../shared/publish/outbox-state.js';
import { portalDatasetName } from '../../../shared/publish/portal-names.js';
import type { PublicationRequest } from '../../../shared/publish/publication-request.js';
import type { RetryPolicy } from '../../../shared/publish/retry-policy.js';
import { DEFAULT_RETRY_POLICY, backoffDelayMs, mayRetry } from '../../../shared/publish/retry-policy.js';
import type { AtelierDatabase } from '../../db/database.js';
import type { SecretStore } from '../../secrets/secret-store.js';
import { isPortalError } from '../http/portal-error.js';
import { createPortalAdapter } from '../portals/create-adapter.js';
import type { AdapterTimings } from '../portals/portal-adapter.js';
import { DEFAULT_ADAPTER_TIMINGS } from '../portals/portal-adapter.js';
import { PortalProfiles } from '../profiles/portal-profiles.js';
import type { OutboxChanges, OutboxRow } from './outbox-repository.js';
import { OutboxRepository } from './outbox-repository.js';
import { runPublication } from './publication-run.js';
import { toView } from './outbox-view.js';
import { ProgressReports } from './progress-reports.js';
import { Wakeup } from './wakeup.js';

/** What the outbox is built from; everything but the database has a default. */
export interface OutboxOptions {
  db: AtelierDatabase;
  secrets: SecretStore;
  /** Every change of status, for the history (wired by the lead). Details never hold a key. */
  onTransition?: (event: OutboxTransition) => void;
  /** Upload progress and changes, throttled, for the UI. */
  onItemChanged?: (item: OutboxItemView) => void;
  retryPolicy?: RetryPolicy;
  timings?: Partial<AdapterTimings>;
  random?: () => number;
  /** Minimum milliseconds between two progress reports of one item. */
  progressIntervalMs?: number;
}

interface CurrentRun {
  id: number;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * The outbox of publications (issue 7 « The outbox »): a state machine per publication, stored
 * in SQLite; one publication sent at a time, in order; offline, it waits and probes the network;
 * transient failures come back with exponential backoff and jitter; after a crash, `start()`
 * resumes whatever was running at its stored step.
 */
export class Outbox {
  private readonly repository: OutboxRepository;
  private readonly profiles: PortalProfiles;
  private readonly options: OutboxOptions;
  private readonly policy: RetryPolicy;
  private readonly timings: AdapterTimings;
  private readonly wakeup = new Wakeup();
  private readonly progress: ProgressReports;
  private current: CurrentRun | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(options: OutboxOptions) {
    this.options = options;
    this.repository = new OutboxRepository(options.db);
    this.profiles = new PortalProfiles(options.db, options.secrets);
    this.policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    this.timings = { ...DEFAULT_ADAPTER_TIMINGS, ...options.timings };
    this.progress = new ProgressReports(options.progressIntervalMs ?? 100, (id) => this.options.onItemChanged?.(this.view(id)));
  }

  /** Resumes what a crash left running, then sends what is due, for as long as the app runs. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    for (const row of this.repository.withStatus('running')) this.transition(row, 'queued', {}, { recovered: true });
    this.loop = this.runLoop();
  }

  /** Stops after interrupting the publication being sent (it resumes at the next start). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.current?.controller.abort();
    this.wakeup.ring();
    await this.loop;
    this.loop = null;
  }

  /**
   * Queues a publication. The portal name of its dataset (the idempotency key) is stored in the
   * same transaction, before any request; older versions of the same dataset still waiting are
   * superseded by this one.
   */
  async enqueue(request: PublicationRequest): Promise<OutboxItemView> {
    const profile = await this.profiles.get(request.profileId);
    const id = this.repository.insert(request, portalDatasetName(request.metadata.title, request.publicationKey), profile.autoPublic);
    const row = this.mustGet(id);
    this.emit('queued', row, 'queued', { step: row.step, version: row.version });
    this.supersedeOlder(row);
    this.wakeup.ring();
    return this.view(id);
  }

  /** Cancels a waiting or running publication; a running one stops at its next network exchange. */
  async cancel(outboxId: number): Promise<OutboxItemView> {
    const row = this.mustGet(outboxId);
    if (this.current?.id === outboxId) {
      this.current.controller.abort('cancel');
      await this.current.done;
    } else if (isCancellable(row.status)) {
      this.transition(row, 'cancelled', {}, { byClerk: true });
    } else {
      throw new AppError('publish.cannot-cancel', { status: row.status });
    }
    return this.view(outboxId);
  }

  /** « Rendre public » on a publication read back privately. */
  makePublic(outboxId: number): OutboxItemView {
    const row = this.mustGet(outboxId);
    if (row.status !== 'private-ready') throw new AppError('publish.cannot-make-public', { status: row.status });
    this.transition(row, 'queued', { wantPublic: true }, { step: row.step });
    this.wakeup.ring();
    return this.view(outboxId);
  }

  /** « Réessayer » a failed publication, after the clerk fixed the cause. */
  retry(outboxId: number): OutboxItemView {
    const row = this.mustGet(outboxId);
    if (row.status !== 'failed') throw new AppError('publish.cannot-retry', { status: row.status });
    this.transition(row, 'queued', { attempt: 0, networkWaits: 0 }, { step: row.step });
    this.wakeup.ring();
    return this.view(outboxId);
  }

  /** The network is said to be back (the OS event): probe waiting publications now. */
  networkMayBeBack(): void {
    for (const row of this.repository.withStatus('waiting-network')) this.repository.setStatus(row.id, 'waiting-network', { nextAttemptAt: Date.now() });
    this.wakeup.ring();
  }

  list(): OutboxItemView[] {
    return this.repository.list().map((row) => toView(row, this.progress.get(row.id)));
  }

  view(outboxId: number): OutboxItemView {
    return toView(this.mustGet(outboxId), this.progress.get(outboxId));
  }

  private mustGet(outboxId: number): OutboxRow {
    const row = this.repository.get(outboxId);
    if (!row) throw new AppError('publish.outbox-unknown', { outboxId });
    return row;
  }

  private async runLoop(): Promise<void> {
    while (!this.stopping) {
      const due = this.repository.nextDue(Date.now());
      if (!due) {
        const wake = this.repository.earliestWake();
        await this.wakeup.sleep(wake === null ? null : wake - Date.now());
        continue;
      }
      const controller = new AbortController();
      const done = this.runOne(due, controller).catch(() => this.survive(due.id));
      this.current = { id: due.id, controller, done };
      await done;
      this.current = null;
      this.giveWayToNewer(due.id);
    }
  }

  /**
   * A newer version of the same dataset asked for while this one ran was not superseded then (a
   * running publication is not cancelled under it): if this one ended up waiting, it gives way
   * now — else it would wait for the network forever in front of the newer one.
   */
  private giveWayToNewer(outboxId: number): void {
    const row = this.repository.get(outboxId);
    const newer = row ? this.repository.newerWaiting(row) : null;
    if (newer) this.supersedeOlder(newer);
  }

  /** Older versions of the same dataset still waiting are cancelled, superseded by `row`. */
  private supersedeOlder(row: OutboxRow): void {
    for (const older of this.repository.olderWaiting(row)) this.transition(older, 'cancelled', {}, { supersededBy: row.id });
  }

  /**
   * A bug in a run (an impossible transition, a database error) must not stop the outbox for
   * good: the item is marked failed when it can be, and the loop goes on with the others.
   */
  private async survive(outboxId: number): Promise<void> {
    try {
      const row = this.repository.get(outboxId);
      if (row && canTransition(row.status, 'failed')) {
        this.transition(row, 'failed', { error: { code: 'internal', details: {} } }, { step: row.step, code: 'internal' });
      }
    } catch {
      // The database itself is failing: wait before trying the next item.
    }
    await this.wakeup.sleep(this.policy.baseMs);
  }

  private async runOne(row: OutboxRow, controller: AbortController): Promise<void> {
    this.transition(row, 'running', {}, { step: row.step, attempt: row.attempt });
    try {
      const profile = await this.profiles.get(row.profileId);
      const apiKey = await this.profiles.apiKey(row.profileId);
      const adapter = createPortalAdapter({ profile, apiKey, timings: this.timings, signal: controller.signal });
      const outcome = await runPublication(adapter, row, this.checkpoints(row), (sent, total) => this.progress.note(row.id, sent, total));
      this.progress.forget(row.id);
      this.transition(this.mustGet(row.id), outcome.status, { step: outcome.step, attempt: 0, networkWaits: 0, error: null }, outcome.details);
    } catch (error) {
      this.progress.forget(row.id);
      this.fail(this.mustGet(row.id), error, controller);
    }
  }

  /** Decides what a failure means: cancelled, interrupted, wait for the network, retry later, or failed. */
  private fail(row: OutboxRow, error: unknown, controller: AbortController): void {
    if (controller.signal.aborted) {
      if (controller.signal.reason === 'cancel') this.transition(row, 'cancelled', {}, { byClerk: true, step: row.step });
      else this.transition(row, 'queued', {}, { interrupted: true, step: row.step });
      return;
    }
    const random = this.options.random ?? Math.random;
    if (isPortalError(error) && error.handling === 'offline') {
      const delay = backoffDelayMs(row.networkWaits, this.policy, random, { offline: true });
      this.transition(row, 'waiting-network', { networkWaits: row.networkWaits + 1, nextAttemptAt: Date.now() + delay, error: errorOf(error) }, { step: row.step, delayMs: delay });
      return;
    }
    if (isPortalError(error) && error.handling === 'transient' && mayRetry(row.attempt, this.policy)) {
      const delay = backoffDelayMs(row.attempt, this.policy, random, { retryAfterMs: error.retryAfterMs });
      this.transition(row, 'retry-wait', { attempt: row.attempt + 1, nextAttemptAt: Date.now() + delay, error: errorOf(error) }, {
        step: row.step,
        code: error.code,
        delayMs: delay,
      });
      return;
    }
    const failure = isAppError(error) ? errorOf(error) : { code: 'internal', details: {} };
    if (isPortalError(error) && error.handling === 'transient') failure.details = { ...failure.details, attempts: row.attempt + 1 };
    this.transition(row, 'failed', { error: failure }, { step: row.step, code: failure.code });
  }

  private checkpoints(row: OutboxRow) {
    return {
      step: (step: OutboxRow['step']) => this.repository.setStep(row.id, step),
      sha1: (sha1: string) => this.repository.setFile(row.id, sha1, this.repository.get(row.id)?.fileRef ?? null),
      fileRef: (fileRef: string | null) => this.repository.setFile(row.id, null, fileRef),
      remote: (remote: { id: string; name: string; pageUrl: string }) => this.repository.setRemote(row, remote),
      resource: (resourceId: string) => this.repository.setResource(row, resourceId),
    };
  }

  private transition(row: OutboxRow, to: OutboxStatus, changes: OutboxChanges, details: ErrorDetails): void {
    if (!canTransition(row.status, to)) throw new Error(`outbox: ${row.status} → ${to} is not a transition`);
    // An error stays only on the status it explains.
    this.repository.setStatus(row.id, to, { ...changes, error: changes.error ?? null });
    this.emit(row.status, row, to, details);
  }

  private emit(from: OutboxStatus, row: OutboxRow, to: OutboxStatus, details: ErrorDetails): void {
    this.options.onTransition?.({ outboxId: row.id, publicationKey: row.publicationKey, from, to, at: new Date().toISOString(), details });
    this.options.onItemChanged?.(this.view(row.id));
  }
}

function errorOf(error: AppError): { code: string; details: ErrorDetails } {
  return { code: error.code, details: { ...(error.details ?? {}) } };
}
