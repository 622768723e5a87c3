import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PortalEngine } from '../../../shared/publish/publication-request.js';
import type { OutboxTransition } from '../../../shared/publish/outbox-item.js';
import type { PortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { Outbox } from '../../../main/publish/outbox/outbox.js';
import type { TestWorld } from './support/publish-fixture.js';
import { FAST_POLICY, FAST_TIMINGS, createProfile, createWorld, holdings, request, waitFor, writeVettedCsv } from './support/publish-fixture.js';

let emulator: PortalEmulator;
let world: TestWorld;
let outbox: Outbox;
let transitions: OutboxTransition[];

beforeAll(async () => {
  emulator = await startPortalEmulator();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  world = createWorld();
  transitions = [];
  outbox = new Outbox({ db: world.db, secrets: world.secrets, retryPolicy: FAST_POLICY, timings: FAST_TIMINGS, onTransition: (event) => transitions.push(event) });
  outbox.start();
});
afterEach(async () => {
  await outbox.stop();
  world.dispose();
});

const ENGINES: PortalEngine[] = ['opendatasoft', 'udata', 'ckan'];

describe.each(ENGINES)('publishing to %s over HTTP', (engine) => {
  it('creates, uploads, sets metadata, publishes and reads back; a new version replaces the file of the same dataset', async () => {
    const key = `pub-${engine}-${Date.now()}`;
    const profileId = await createProfile(world, emulator, engine);
    const before = holdings(emulator, engine).length;
    const first = writeVettedCsv(world.dir, 'equipements.csv', 120);
    const item = await outbox.enqueue(request(profileId, first, { key }));
    const published = await waitFor(() => {
      const view = outbox.view(item.outboxId);
      return view.status === 'published' || view.status === 'failed' ? view : null;
    });
    expect(published.error).toBeNull();
    expect(published.status).toBe('published');
    expect(published.pageUrl).toMatch(/^http:\/\/127\.0\.0\.1/);
    const verified = transitions.find((event) => event.outboxId === item.outboxId && event.to === 'published');
    expect(verified?.details).toMatchObject({ rows: 120, columns: 4 });
    const after = holdings(emulator, engine);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ resources: 1, public: true });
    if (engine === 'opendatasoft') expect(after.at(-1)?.rows).toBe(120);

    const second = writeVettedCsv(world.dir, 'equipements-2025.csv', 75, { seed: 99 });
    const next = await outbox.enqueue(request(profileId, second, { key, version: 2 }));
    const republished = await waitFor(() => {
      const view = outbox.view(next.outboxId);
      return view.status === 'published' || view.status === 'failed' ? view : null;
    });
    expect(republished.error).toBeNull();
    expect(republished.status).toBe('published');
    const final = holdings(emulator, engine);
    expect(final.length).toBe(before + 1);
    expect(final.at(-1)?.resources).toBe(1);
    if (engine === 'opendatasoft') expect(final.at(-1)?.rows).toBe(75);
  });
});
