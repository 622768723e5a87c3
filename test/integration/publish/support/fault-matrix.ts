import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect } from 'vitest';
import { publishMessages } from '../../../../shared/i18n/messages/publish.js';
import type { PortalEngine } from '../../../../shared/publish/publication-request.js';
import type { OutboxTransition } from '../../../../shared/publish/outbox-item.js';
import type { PortalEmulator } from '../../../../main/publish/emulator/portal-emulator.js';
import type { EmulatedEngine, FaultKind } from '../../../../main/publish/emulator/fault-injection.js';
import { Outbox } from '../../../../main/publish/outbox/outbox.js';
import { FAST_POLICY, FAST_TIMINGS, createProfile, createWorld, request, waitFor, writeVettedCsv } from './publish-fixture.js';

/** A request of the publication flow, by method and path pattern; `api: false` for file downloads. */
export interface MatrixStep {
  step: string;
  method: string;
  path: string;
  api?: boolean;
}

/** The requests each engine's publication makes, in order (reference §1–3). */
export const MATRIX_STEPS: Record<PortalEngine, MatrixStep[]> = {
  opendatasoft: [
    { step: 'locate', method: 'GET', path: '^/api/automation/v1\\.0/datasets/$' },
    { step: 'licences', method: 'GET', path: 'license_id/$' },
    { step: 'create', method: 'POST', path: '^/api/automation/v1\\.0/datasets/$' },
    { step: 'upload-file', method: 'POST', path: '/resources/files/$' },
    { step: 'resource', method: 'POST', path: '/resources/$' },
    { step: 'publish', method: 'POST', path: '/publish/$' },
    { step: 'status', method: 'GET', path: '/status/$' },
    { step: 'read-back', method: 'GET', path: '^/api/explore/v2\\.1/catalog/datasets/[^/]+/records$' },
    { step: 'make-public', method: 'PUT', path: '^/api/automation/v1\\.0/datasets/[^/]+/$' },
  ],
  udata: [
    { step: 'locate', method: 'GET', path: '^/api/1/me/org_datasets/$' },
    { step: 'create', method: 'POST', path: '^/api/1/datasets/$' },
    { step: 'upload', method: 'POST', path: '/upload/$' },
    { step: 'read-back', method: 'GET', path: '^/api/1/datasets/[0-9a-f]{24}/$' },
    { step: 'download', method: 'GET', path: '^/static/', api: false },
    { step: 'make-public', method: 'PUT', path: '^/api/1/datasets/[0-9a-f]{24}/$' },
  ],
  ckan: [
    { step: 'locate', method: 'GET', path: 'action/package_show$' },
    { step: 'licences', method: 'GET', path: 'action/license_list$' },
    { step: 'create', method: 'POST', path: 'action/package_create$' },
    { step: 'upload', method: 'POST', path: 'action/resource_create$' },
    { step: 'download', method: 'GET', path: '/download/', api: false },
    { step: 'make-public', method: 'POST', path: 'action/package_patch$' },
  ],
};

/** Faults that must always end in « publié »: they come and go. */
export const TRANSIENT_FAULTS: FaultKind[] = ['rate-limit', 'server-error', 'proxy-502', 'slow', 'reset', 'lost-response'];
/** Faults that stop the publication with a French message when they hit an API call, and the code expected. */
export const PERMANENT_FAULTS: Partial<Record<FaultKind, string>> = {
  'bad-key': 'publish.bad-key',
  forbidden: 'publish.forbidden',
  'proxy-413': 'publish.too-large',
};
/** Faults whose effect depends on the call (a validation error on a write, a taken name on a create). */
export const CONDITIONAL_FAULTS: FaultKind[] = ['validation', 'duplicate'];

const EMULATED: Record<PortalEngine, EmulatedEngine> = { opendatasoft: 'ods', udata: 'udata', ckan: 'ckan' };
const ROWS = 40;

/**
 * One cell of the fault matrix: a fresh portal and database, the fault armed on one request, a
 * publication in one click; then the invariant of issue 7 — published exactly once (one dataset,
 * one resource, right rows, read back) or failed with a French message, never a duplicate.
 */
export async function runMatrixCell(emulator: PortalEmulator, engine: PortalEngine, step: MatrixStep, fault: FaultKind): Promise<void> {
  emulator.reset();
  const world = createWorld();
  const transitions: OutboxTransition[] = [];
  const outbox = new Outbox({ db: world.db, secrets: world.secrets, retryPolicy: FAST_POLICY, timings: FAST_TIMINGS, onTransition: (event) => transitions.push(event) });
  try {
    const profileId = await createProfile(world, emulator, engine);
    const file = writeVettedCsv(world.dir, 'equipements.csv', ROWS);
    emulator.faults.add({ fault, engine: EMULATED[engine], method: step.method, path: step.path, delayMs: 700, retryAfterSeconds: 0 });
    outbox.start();
    const item = await outbox.enqueue(request(profileId, file));
    const end = await waitFor(() => {
      const view = outbox.view(item.outboxId);
      return view.status === 'published' || view.status === 'failed' ? view : null;
    }, 20_000, `${engine} ${step.step} ${fault}`);
    const cell = `${engine} / ${step.step} / ${fault} → ${end.status} ${end.error?.code ?? ''}`;
    expect(emulator.faults.firedCounts()[0], `${cell}: the fault was met`).toBeGreaterThan(0);

    const summary = emulator.summary();
    const datasets = engine === 'opendatasoft' ? summary.ods : engine === 'udata' ? summary.udata : summary.ckan;
    expect(datasets.length, `${cell}: never a duplicate dataset`).toBeLessThanOrEqual(1);
    const resources = (dataset: (typeof datasets)[number] | undefined): number =>
      dataset === undefined ? 0 : typeof dataset.resources === 'number' ? dataset.resources : dataset.resources.length;
    expect(resources(datasets[0]), `${cell}: never a duplicate resource`).toBeLessThanOrEqual(1);

    if (end.status === 'published') {
      expect(datasets.length, cell).toBe(1);
      expect(resources(datasets[0]), cell).toBe(1);
      const published = transitions.find((event) => event.to === 'published');
      expect(published?.details, `${cell}: read back before « publié »`).toMatchObject({ rows: ROWS, columns: file.columns.length });
      const checked = transitions.filter((event) => event.to === 'published' || event.to === 'running').length;
      expect(checked).toBeGreaterThan(0);
      const bytes = fs.readFileSync(file.path);
      if (engine === 'opendatasoft') expect(summary.ods[0]?.rows, cell).toBe(ROWS);
      if (engine === 'udata') expect(summary.udata[0]?.resources[0]?.sha1, cell).toBe(crypto.createHash('sha1').update(bytes).digest('hex'));
      if (engine === 'ckan') expect(summary.ckan[0]?.resources[0]?.hash, cell).toBe(file.sha256);
    } else {
      const code = end.error?.code ?? '';
      expect(publishMessages[code]?.fr, `${cell}: a French message`).toBeTruthy();
    }
    if (TRANSIENT_FAULTS.includes(fault)) expect(end.status, cell).toBe('published');
    const permanent = PERMANENT_FAULTS[fault];
    if (permanent && step.api !== false) expect(`${end.status} ${end.error?.code}`, cell).toBe(`failed ${permanent}`);
  } finally {
    await outbox.stop();
    world.dispose();
  }
}

/** Every fault of the matrix. */
export const ALL_FAULTS: FaultKind[] = [...TRANSIENT_FAULTS, ...(Object.keys(PERMANENT_FAULTS) as FaultKind[]), ...CONDITIONAL_FAULTS];
