/**
 * What the kill test's writer records for publication number `n`, so that the test can check,
 * after the kill, that each committed publication is there whole and unchanged.
 */
import type { PublicationRecordInput } from '../../../main/history/publication-recorder.js';
import type { PublicationEventType } from '../../../shared/history/publication-events.js';
import { publicationInput, sha256Of } from './publication-fixture.js';

/** The events appended after the record, in one transaction with it. */
export const STORY: PublicationEventType[] = Array.from({ length: 20 }, (_, i) => (['queued', 'uploaded', 'failed', 'queued', 'published'] as const)[i % 5] ?? 'queued');

/** Events a whole publication has: created, scanned, decided, the story, and the portal's links. */
export const EVENTS_PER_PUBLICATION = 3 + STORY.length + 1;

/** The record of publication number `n`: ten datasets, each published again and again. */
export function expectedPublication(n: number): PublicationRecordInput {
  return publicationInput({
    publicationKey: `kill-${n}`,
    datasetTitle: `Jeu de données ${n % 10}`,
    datasetSlug: `jeu-${n % 10}`,
    source: { ...publicationInput().source, sha256: sha256Of(`source ${n}`) },
    output: { ...publicationInput().output, sha256: sha256Of(`output ${n}`), rowCount: n },
  });
}
