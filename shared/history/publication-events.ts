/**
 * The steps of a publication's life, as recorded in the history (append-only), and the status
 * each step leaves the publication in.
 */

/** What happened to a publication; one event each time, never rewritten. */
export const PUBLICATION_EVENT_TYPES = [
  'created',
  'scanned',
  'decided',
  'exported',
  'queued',
  'uploaded',
  'published',
  'failed',
  'made-public',
  'withdrawn',
  // The portal's ids and URLs became known (dataset page, resource download).
  'remote-linked',
] as const;

/** One kind of event of the history. */
export type PublicationEventType = (typeof PUBLICATION_EVENT_TYPES)[number];

/** Where a publication stands, as the journal shows it. */
export const PUBLICATION_STATUSES = [
  'recorded',
  'exported',
  'queued',
  'uploaded',
  'published',
  'public',
  'failed',
  'withdrawn',
] as const;

/** One status of the journal's status filter. */
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/**
 * The status an event leaves the publication in, or `null` for events that record a fact without
 * moving it (the scan, the decisions, the portal's ids).
 */
export function statusAfterEvent(type: PublicationEventType): PublicationStatus | null {
  switch (type) {
    case 'created':
      return 'recorded';
    case 'exported':
    case 'queued':
    case 'uploaded':
    case 'published':
    case 'failed':
    case 'withdrawn':
      return type;
    case 'made-public':
      return 'public';
    case 'scanned':
    case 'decided':
    case 'remote-linked':
      return null;
  }
}

/** True for a string naming an event type of the history. */
export function isPublicationEventType(value: string): value is PublicationEventType {
  return (PUBLICATION_EVENT_TYPES as readonly string[]).includes(value);
}
