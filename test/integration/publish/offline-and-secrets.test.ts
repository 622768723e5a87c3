import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItemView, OutboxTransition } from '../../../shared/publish/outbox-item.js';
import { publishMessages } from '../../../shared/i18n/messages/publish.js';
import type { PortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { Outbox } from '../../../main/publish/outbox/outbox.js';
import { createPortalAdapter } from '../../../main/publish/portals/create-adapter.js';
import { DEFAULT_ADAPTER_TIMINGS } from '../../../main/publish/portals/portal-adapter.js';
import type { TestWorld } from './support/publish-fixture.js';
import { FAST_POLICY, FAST_TIMINGS, createProfile, createWorld, request, waitFor, writeVettedCsv } from './support/publish-fixture.js';

let emulator: PortalEmulator;
let world: TestWorld;
let outbox: Outbox;
let transitions: OutboxTransition[];
let changes: OutboxItemView[];

beforeEach(async () => {
  emulator = await startPortalEmulator();
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
  });
  outbox.start();
});
afterEach(async () => {
  await outbox.stop();
  await emulator.stop();
  world.dispose();
});

describe('offline', () => {
  it('waits « en attente de réseau » while the portal is unreachable, and leaves by itself when it is back', async () => {
    const profileId = await createProfile(world, emulator, 'udata');
    const { port, state, faults } = emulator;
    await emulator.stop();
    const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 20)));
    await waitFor(() => transitions.filter((event) => event.to === 'waiting-network').length >= 3, 10_000, 'several network probes');
    const waiting = outbox.view(item.outboxId);
    expect(['waiting-network', 'running']).toContain(waiting.status);
    expect(transitions.some((event) => event.to === 'failed')).toBe(false);
    expect(publishMessages['publish.status.waiting-network']?.fr).toBe('En attente de réseau');

    emulator = await startPortalEmulator({ port, state, faults });
    const end = await waitFor(() => (outbox.view(item.outboxId).status === 'published' ? outbox.view(item.outboxId) : null), 10_000, 'publication');
    expect(end.error).toBeNull();
    expect(emulator.summary().udata).toHaveLength(1);
  });

  it('a newer version queued while the older one runs takes its place once the older one ends up waiting', async () => {
    const profileId = await createProfile(world, emulator, 'udata');
    // The portal stops reading the upload: the first version is running when the second is asked for.
    emulator.faults.add({ fault: 'stall-body', engine: 'udata', method: 'POST', path: '/upload/$', stallAfterBytes: 1024 });
    const first = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 3000)));
    await waitFor(() => (outbox.view(first.outboxId).progress?.sent ?? 0) > 0, 10_000, 'the first upload under way');
    const second = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'b.csv', 3000), { version: 2 }));
    expect(outbox.view(first.outboxId).status).toBe('running');

    // The network goes: the first ends up waiting for it, and gives way to the second.
    const { port, state } = emulator;
    await emulator.stop();
    await waitFor(() => outbox.view(first.outboxId).status === 'cancelled', 10_000, 'the first superseded');
    expect(transitions.find((event) => event.outboxId === first.outboxId && event.to === 'cancelled')?.details).toMatchObject({ supersededBy: second.outboxId });
    await waitFor(() => outbox.view(second.outboxId).status === 'waiting-network', 10_000, 'the second waiting for the network');

    emulator = await startPortalEmulator({ port, state });
    await waitFor(() => outbox.view(second.outboxId).status === 'published', 10_000, 'the second published');
  });

  it('a waiting item can be cancelled', async () => {
    const profileId = await createProfile(world, emulator, 'ckan');
    await emulator.stop();
    const item = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 3)));
    await waitFor(() => outbox.view(item.outboxId).status === 'waiting-network', 10_000, 'waiting');
    const cancelled = await outbox.cancel(item.outboxId);
    expect(cancelled.status).toBe('cancelled');
  });
});

describe('API keys stay secret', () => {
  it('never appear in the database, the transitions, the item views or the errors', async () => {
    const key = 'udata_SECRET-9f3b1c7d2e8a4f60b5c1d9e7a3f2b8c4';
    emulator.state.udata.users[key] = { ...Object.values(emulator.state.udata.users)[0]!, token: 'valid' };
    const profileId = await createProfile(world, emulator, 'udata', { apiKey: key });
    const ok = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'a.csv', 10)));
    await waitFor(() => outbox.view(ok.outboxId).status === 'published', 10_000, 'publication');
    emulator.faults.add({ fault: 'validation', engine: 'udata', method: 'PUT', path: '^/api/1/datasets/' });
    const refused = await outbox.enqueue(request(profileId, writeVettedCsv(world.dir, 'b.csv', 10), { version: 2 }));
    await waitFor(() => outbox.view(refused.outboxId).status === 'failed', 10_000, 'refusal');
    const adapter = createPortalAdapter({ profile: await world.profiles.get(profileId), apiKey: key, timings: DEFAULT_ADAPTER_TIMINGS, signal: new AbortController().signal });
    const report = await adapter.checkConnection();
    expect(report.ok).toBe(true);

    await outbox.stop();
    world.db.pragma('wal_checkpoint(TRUNCATE)');
    const stored = ['atelier.sqlite', 'atelier.sqlite-wal', 'secrets.enc.json']
      .map((name) => path.join(world.dir, name))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file).toString('latin1'));
    expect(stored.length).toBeGreaterThanOrEqual(2);
    const recorded = JSON.stringify([transitions, changes, outbox.list(), report, await world.profiles.list()]);
    for (const text of [...stored, recorded]) expect(text.includes(key)).toBe(false);
    expect(recorded).toContain('publish.validation');
    expect(await world.secrets.get(`portal-profile.${profileId}.api-key`)).toBe(key);
  });
});
