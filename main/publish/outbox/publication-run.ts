import { AppError } from '../../../shared/errors.js';
import type { PublicationStep } from '../../../shared/publish/outbox-state.js';
import { stepIsDone } from '../../../shared/publish/outbox-state.js';
import { compareReadBack } from '../../../shared/publish/read-back-check.js';
import { PortalError, isPortalError } from '../http/portal-error.js';
import type { PortalAdapter, PublicationTarget, RemoteDataset } from '../portals/portal-adapter.js';
import type { OutboxRow } from './outbox-repository.js';
import { checkVettedFile } from './vetted-file-check.js';

/** Where a run records what it learns, durably, before it goes on. */
export interface RunCheckpoints {
  step(step: PublicationStep): void;
  sha1(sha1: string): void;
  fileRef(fileRef: string | null): void;
  remote(remote: RemoteDataset): void;
  resource(resourceId: string): void;
}

/** How a run ended when it did not throw. */
export type RunOutcome =
  | { status: 'private-ready'; step: PublicationStep; details: Record<string, string | number> }
  | { status: 'published'; step: PublicationStep; details: Record<string, string | number> };

/**
 * Runs a publication from its stored step to the end: dataset (create or update), file, portal
 * processing, read-back, then — when the clerk or the profile asks — public and read back again
 * anonymously. Each step is idempotent, so a run cut anywhere (timeout, crash, `kill -9`) is
 * simply run again. « publié » is returned only after the portal itself showed the data.
 */
export async function runPublication(
  adapter: PortalAdapter,
  row: OutboxRow,
  save: RunCheckpoints,
  onProgress: (sent: number, total: number) => void,
): Promise<RunOutcome> {
  let step = row.step;
  const advance = (next: PublicationStep): void => {
    step = next;
    save.step(next);
  };
  const file = row.request.file;
  let sha1 = row.fileSha1;
  if (!sha1 || !stepIsDone('upload', step)) {
    sha1 = (await checkVettedFile(file)).sha1;
    save.sha1(sha1);
  }
  const target: PublicationTarget = { request: row.request, name: row.remoteName, sha1, knownResourceId: row.resourceId };

  let remote = await adapter.findDataset(target, row.remoteId);
  if (!remote && stepIsDone('dataset', step)) {
    // Deleted on the portal since an earlier run: start this version again from the dataset.
    advance('locate');
    save.fileRef(null);
  }
  if (step === 'locate' || step === 'dataset') {
    remote = remote ? await adapter.updateDataset(remote, target) : await createOnce(adapter, target);
    save.remote(remote);
    advance('upload');
  }
  if (!remote) throw new PortalError('publish.read-back-missing', 'transient', { name: row.remoteName });
  save.remote(remote);

  if (step === 'upload') {
    const resource = await adapter.uploadFile(remote, target, {
      onProgress,
      fileRef: row.fileRef,
      saveFileRef: (fileRef) => save.fileRef(fileRef),
    });
    save.resource(resource.id);
    advance('process');
  }
  if (step === 'process') {
    await adapter.process(remote);
    advance('verify');
  }
  if (step === 'verify') {
    const readBack = await adapter.readBack(remote, target);
    const mismatch = compareReadBack(file, readBack);
    if (mismatch) {
      throw new AppError('publish.read-back-mismatch', {
        unexpected: mismatch.unexpected.join(', '),
        missing: mismatch.missing.join(', '),
        rowsExpected: mismatch.rowsExpected,
        rowsFound: mismatch.rowsFound,
      });
    }
    advance(remote.isPublic ? 'verify-public' : 'make-public');
  }
  const verified = { rows: file.rowCount, columns: file.columns.length, url: remote.pageUrl };
  if (step === 'make-public') {
    if (!row.wantPublic) return { status: 'private-ready', step, details: verified };
    await adapter.makePublic(remote, target);
    advance('verify-public');
  }
  if (step === 'verify-public') {
    if (!(await adapter.isPubliclyVisible(remote))) {
      throw new PortalError('publish.not-yet-public', 'transient', { url: remote.pageUrl });
    }
    advance('done');
  }
  return { status: 'published', step, details: verified };
}

/**
 * Creates the dataset; when the portal says the name is taken, looks again — the create may have
 * succeeded with its answer lost — and adopts it only if it is this publication's.
 */
async function createOnce(adapter: PortalAdapter, target: PublicationTarget): Promise<RemoteDataset> {
  try {
    return await adapter.createDataset(target);
  } catch (error) {
    if (!isPortalError(error) || error.code !== 'publish.name-taken') throw error;
    const found = await adapter.findDataset(target, null);
    if (found) return found;
    throw error;
  }
}
