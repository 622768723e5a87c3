/**
 * The kill test's child process: records publications with their events as fast as it can, each
 * in one transaction, and after each commit writes its number to stdout (synchronously, so that a
 * number printed is a publication committed). The parent kills it with SIGKILL mid-flight.
 *
 * Usage: node --import tsx history-writer.ts <database file>
 */
import fs from 'node:fs';
import { openDatabase } from '../../../main/db/database.js';
import type { PublicationEventType } from '../../../shared/history/publication-events.js';
import { appendPublicationEvent, recordPublication, setRemote } from '../../../main/history/publication-recorder.js';
import { expectedPublication, STORY } from './history-writer-plan.js';

const file = process.argv[2];
if (!file) throw new Error('database file expected');
const db = openDatabase(file);

for (let n = 0; ; n++) {
  db.transaction(() => {
    const { publicationId } = recordPublication(db, expectedPublication(n));
    STORY.forEach((type: PublicationEventType, step) => {
      appendPublicationEvent(db, publicationId, { type, details: { step, note: 'x'.repeat(200) } });
    });
    setRemote(db, publicationId, { datasetId: `ds-${n}`, datasetUrl: `https://portail.example/ds-${n}` });
  })();
  fs.writeSync(1, `${n}\n`);
}
