/**
 * The life of a publication in the outbox, as a state machine (issue 7 « The outbox »). The
 * outbox stores the status in SQLite and refuses any change this table does not allow, so the
 * history never shows an impossible sequence.
 */
export type OutboxStatus =
  /** Waiting its turn. */
  | 'queued'
  /** Being sent now. */
  | 'running'
  /** The portal answered a transient error; a new attempt is scheduled. */
  | 'retry-wait'
  /** No network (or the portal is unreachable): retried automatically, « en attente de réseau ». */
  | 'waiting-network'
  /** Sent as private and read back: waiting for « Rendre public ». */
  | 'private-ready'
  /** Public and read back from the portal: « publié ». */
  | 'published'
  | 'failed'
  | 'cancelled';

/**
 * Where a publication stands inside a run. Each step is idempotent (it looks before it writes),
 * so a run resumed after a crash starts again at the stored step.
 */
export type PublicationStep =
  | 'locate'
  | 'dataset'
  | 'upload'
  | 'process'
  | 'verify'
  | 'make-public'
  | 'verify-public'
  | 'done';

/** The steps in their order. */
export const PUBLICATION_STEPS: readonly PublicationStep[] = [
  'locate',
  'dataset',
  'upload',
  'process',
  'verify',
  'make-public',
  'verify-public',
  'done',
];

const ALLOWED: Readonly<Record<OutboxStatus, readonly OutboxStatus[]>> = {
  queued: ['running', 'cancelled'],
  // Back to `queued` only when a crashed run is recovered at the next start.
  running: ['queued', 'retry-wait', 'waiting-network', 'private-ready', 'published', 'failed', 'cancelled'],
  'retry-wait': ['running', 'cancelled'],
  'waiting-network': ['running', 'cancelled'],
  // « Rendre public » queues it again; cancelling leaves the dataset private on the portal.
  'private-ready': ['queued', 'cancelled'],
  // « Réessayer » after the clerk fixed the cause (key, licence, metadata).
  failed: ['queued'],
  published: [],
  cancelled: [],
};

/** True when the outbox may move a publication from `from` to `to`. */
export function canTransition(from: OutboxStatus, to: OutboxStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Statuses the clerk can still cancel. */
export function isCancellable(status: OutboxStatus): boolean {
  return canTransition(status, 'cancelled');
}

/** Statuses after which nothing happens without the clerk. */
export function isSettled(status: OutboxStatus): boolean {
  return status === 'published' || status === 'failed' || status === 'cancelled' || status === 'private-ready';
}

/** True when `step` comes strictly after `reached` (already done in an earlier run). */
export function stepIsDone(step: PublicationStep, reached: PublicationStep): boolean {
  return PUBLICATION_STEPS.indexOf(step) < PUBLICATION_STEPS.indexOf(reached);
}
