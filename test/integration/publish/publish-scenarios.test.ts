import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItemView, OutboxTransition } from '../../../shared/publish/outbox-item.js';
import type { PortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { EMULATOR_KEYS, EMULATOR_ORGANIZATIONS } from '../../../main/publish/emulator/emulator-seed.js';
import { Outbox } from '../../../main/publish/outbox/outbox.js';
import type { TestWorld } from './support/publish-fixture.js';
import { FAST_POLICY, FAST_TIMINGS, createProfile, createWorld, request, waitFor, writeVettedCsv } from './support/publish-fixture.js';

let emulator: PortalEmulator;
let world: TestWorld;
let outbox: Outbox;
let transitions: OutboxTransition[];
let changes: OutboxItemView[];

beforeAll(async () => {
  emulator = await startPortalEmulator();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  emulator.reset();
  world = createWorld();
  transitions = [];
  changes = [];
  outbox = new Outbox({
    db: world.db,
    secrets: world.secrets,
    retryPolicy: FAST_POLICY,
    timings: FAST_TIMINGS,
    onTransition: (event) => transitions.push(event),
    onItemChanged: (item) => changes.push(item),
    progressIntervalMs: 0,
  });
  outbox.start();
});
afterEach(async () => {
  await outbox.stop();
  world.dispose();
});

function settled(outboxId: number): Promise<OutboxItemView> {
  return waitFor(() => {
    const view = outbox.view(outboxId);
    return ['published', 'failed', 'cancelled', 'private-ready'].includes(view.status) ? view : null;
  });
}

describe('Opendatasoft background publishing', () => {
  it.each([
    ['processing-error', 'failed', 'publish.processing-failed'],
    ['limit-reached', 'failed', 'publish.limit-reached'],
    ['slow-processing', 'published', undefined],
  ] as const)('%s ends %s', async (fault, status, code) => {
    const profileId = await createProfile(world, emulator, 'opendatasoft');
    emulator.faults.add({ fault, engine: 'ods', method: 'POST', path: '/publish/$', delayMs: 300 });
    const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 30)));
    const end = await settled(item.outboxId);
    expect(end.status).toBe(status);
    expect(end.error?.code).toBe(code);
    expect(emulator.summary().ods).toHaveLength(1);
  });
});

describe('accounts without the right', () => {
  it.each([
    ['opendatasoft', EMULATOR_KEYS.ods.reader, 'publish.forbidden'],
    ['opendatasoft', 'not-a-key', 'publish.bad-key'],
    ['udata', EMULATOR_KEYS.udata.outsider, 'publish.organization-refused'],
    ['udata', EMULATOR_KEYS.udata.revoked, 'publish.bad-key'],
    ['ckan', EMULATOR_KEYS.ckan.member, 'publish.forbidden'],
    ['ckan', 'Bearer not-a-token', 'publish.bad-key'],
  ] as const)('%s with key %s fails with %s, creating nothing', async (engine, apiKey, code) => {
    const profileId = await createProfile(world, emulator, engine, { apiKey });
    const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 5)));
    const end = await settled(item.outboxId);
    expect(end.status).toBe('failed');
    expect(end.error?.code).toBe(code);
    const summary = emulator.summary();
    expect(summary.ods.length + summary.udata.length + summary.ckan.length).toBe(0);
  });
});

describe('sizes', () => {
  it('a file over the proxy limit gets a clear « trop gros » message', async () => {
    emulator.state.limits.proxyBytes.ods = 20_000;
    try {
      const profileId = await createProfile(world, emulator, 'opendatasoft');
      const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'big.csv', 2_000)));
      const end = await settled(item.outboxId);
      expect(end.error?.code).toBe('publish.too-large');
    } finally {
      emulator.state.limits.proxyBytes.ods = 240 * 1024 * 1024;
    }
  });

  it('udata: a large file goes in chunks under the proxy limit, with progress up to the total', async () => {
    emulator.state.limits.proxyBytes.udata = 100_000;
    try {
      const profileId = await createProfile(world, emulator, 'udata');
      const file = writeVettedCsv(world.dir, 'large.csv', 8_000);
      expect(file.size).toBeGreaterThan(300_000);
      const item = await outbox.enqueue(request(profileId, file));
      const end = await settled(item.outboxId);
      expect(end.error).toBeNull();
      expect(end.status).toBe('published');
      const sent = changes.filter((change) => change.outboxId === item.outboxId && change.progress).map((change) => change.progress?.sent ?? 0);
      expect(sent.length).toBeGreaterThan(3);
      expect(sent.every((value, index) => index === 0 || value >= (sent[index - 1] ?? 0))).toBe(true);
      expect(sent.at(-1)).toBe(file.size);
      expect(emulator.summary().udata[0]?.resources[0]?.size).toBe(file.size);
    } finally {
      emulator.state.limits.proxyBytes.udata = 100 * 1024 * 1024;
    }
  });

  it('CKAN: a file over `ckan.max_resource_size` fails in French, the dataset keeps no stray resource', async () => {
    emulator.state.limits.ckanMaxResourceBytes = 10_000;
    try {
      const profileId = await createProfile(world, emulator, 'ckan');
      const end = await settled((await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'b.csv', 1_000)))).outboxId);
      expect(end.error?.code).toBe('publish.too-large');
      expect(emulator.summary().ckan[0]?.resources).toHaveLength(0);
    } finally {
      emulator.state.limits.ckanMaxResourceBytes = 10 * 1024 * 1024;
    }
  });
});

describe('duplicates and privacy', () => {
  it('udata: another dataset with the same title is never adopted nor touched', async () => {
    const stranger = await fetch(`${emulator.urls.udata}/api/1/datasets/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-KEY': EMULATOR_KEYS.udata.editor },
      body: JSON.stringify({ title: 'Équipements sportifs de Castelmaurou', description: 'Un autre jeu', organization: EMULATOR_ORGANIZATIONS.udata.id, private: true }),
    });
    expect(stranger.status).toBe(201);
    const profileId = await createProfile(world, emulator, 'udata');
    emulator.faults.add({ fault: 'lost-response', engine: 'udata', method: 'POST', path: '^/api/1/datasets/$' });
    const end = await settled((await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 12)))).outboxId);
    expect(end.status).toBe('published');
    const datasets = emulator.summary().udata;
    expect(datasets).toHaveLength(2);
    expect(datasets.find((dataset) => dataset.publicationId === null)?.resources).toHaveLength(0);
    expect(datasets.filter((dataset) => dataset.publicationId !== null)).toHaveLength(1);
  });

  it.each(['opendatasoft', 'udata', 'ckan'] as const)('%s: pushed private and read back, then « Rendre public »', async (engine) => {
    const profileId = await createProfile(world, emulator, engine, { autoPublic: false });
    const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 9)));
    const ready = await settled(item.outboxId);
    expect(ready.status).toBe('private-ready');
    const anonymous = engine === 'udata'
      ? await fetch(`${emulator.urls.udata}/api/1/datasets/${String(emulator.summary().udata[0]?.id)}/`)
      : engine === 'ckan'
        ? await fetch(`${emulator.urls.ckan}/api/3/action/package_show?id=${String(emulator.summary().ckan[0]?.id)}`)
        : await fetch(`${emulator.urls.opendatasoft}/api/explore/v2.1/catalog/datasets/${String(emulator.summary().ods[0]?.datasetId)}`);
    expect(anonymous.status).not.toBe(200);
    outbox.makePublic(item.outboxId);
    const published = await settled(item.outboxId);
    expect(published.status).toBe('published');
    expect(transitions.filter((event) => event.outboxId === item.outboxId).map((event) => event.to)).toEqual([
      'queued', 'running', 'private-ready', 'queued', 'running', 'published',
    ]);
  });
});

describe('cancel', () => {
  it('a running upload stops at once and the item is cancelled', async () => {
    const profileId = await createProfile(world, emulator, 'ckan');
    emulator.faults.add({ fault: 'stall-body', engine: 'ckan', path: 'resource_create$', stallAfterBytes: 1 });
    const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 3_000)));
    await waitFor(() => emulator.state.stalledUploads > 0, 5_000, 'a stalled upload');
    const view = await outbox.cancel(item.outboxId);
    expect(view.status).toBe('cancelled');
    expect(transitions.at(-1)).toMatchObject({ from: 'running', to: 'cancelled' });
  });

  it('a published item cannot be cancelled', async () => {
    const profileId = await createProfile(world, emulator, 'udata');
    const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 3)));
    await settled(item.outboxId);
    await expect(outbox.cancel(item.outboxId)).rejects.toMatchObject({ code: 'publish.cannot-cancel' });
  });
});
