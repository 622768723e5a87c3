/**
 * A separate process running the outbox on a data folder, for the kill-and-restart test:
 * `node --import tsx outbox-process.ts <data dir> <request.json | -> <timeout ms>`. With a request
 * file it enqueues it first; it prints `enqueued <id>`, then `settled <status> <code>` when
 * every publication has settled, and exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../../../main/db/database.js';
import { Outbox } from '../../../../main/publish/outbox/outbox.js';
import { EncryptedFileSecretStore } from '../../../../main/secrets/encrypted-file-secret-store.js';
import type { PublicationRequest } from '../../../../shared/publish/publication-request.js';
import { isSettled } from '../../../../shared/publish/outbox-state.js';
import { FAST_POLICY, FAST_TIMINGS } from './publish-fixture.js';

const [dir = '', requestFile = '-', timeout = '5000'] = process.argv.slice(2);
const db = openDatabase(path.join(dir, 'atelier.sqlite'));
const outbox = new Outbox({
  db,
  secrets: new EncryptedFileSecretStore(dir),
  retryPolicy: FAST_POLICY,
  timings: { ...FAST_TIMINGS, timeoutMs: Number(timeout) },
});
outbox.start();
if (requestFile !== '-') {
  const item = await outbox.enqueue(JSON.parse(fs.readFileSync(requestFile, 'utf8')) as PublicationRequest);
  console.log(`enqueued ${item.outboxId}`);
}
const timer = setInterval(() => {
  const items = outbox.list();
  if (items.length > 0 && items.every((item) => isSettled(item.status))) {
    clearInterval(timer);
    console.log(`settled ${items.map((item) => `${item.status} ${item.error?.code ?? '-'}`).join(',')}`);
    void outbox.stop().then(() => {
      db.close();
      process.exit(0);
    });
  }
}, 20);
