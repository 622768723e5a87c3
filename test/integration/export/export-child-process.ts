/**
 * A separate process that exports a draft, for the test that kills it mid-write. Arguments: the
 * database file, the draft id and the target CSV path. Before exporting it saves one more
 * decision in the draft (the autosave a clerk's last click makes), then reports each written
 * batch on stdout as `rows <n>`.
 */
import path from 'node:path';
import { openDatabase } from '../../../main/db/database.js';
import { DraftRepository } from '../../../main/drafts/draft-repository.js';
import { ExportService } from '../../../main/export/export-service.js';
import { EncryptedFileSecretStore } from '../../../main/secrets/encrypted-file-secret-store.js';
import { renameColumn } from '../../../shared/decisions/draft-changes.js';

const [dbFile, draftId, target] = process.argv.slice(2);
if (!dbFile || !draftId || !target) throw new Error('usage: export-child-process <db> <draftId> <target>');

const db = openDatabase(dbFile);
const drafts = new DraftRepository(db);
drafts.update(draftId, (content) => renameColumn(content, 0, 'identifiant'));
process.stdout.write('saved\n');
const service = new ExportService({
  drafts,
  secrets: new EncryptedFileSecretStore(path.dirname(dbFile)),
  organisationId: () => 'commune-test',
  scratchDir: path.join(path.dirname(dbFile), 'scratch'),
});
await service.exportCsv(draftId, target, {
  onProgress: (phase, done) => {
    if (phase === 'writing') process.stdout.write(`rows ${done}\n`);
  },
});
process.stdout.write('done\n');
