import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItemView } from '../../../shared/publish/outbox-item.js';
import type { PortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { EMULATOR_KEYS } from '../../../main/publish/emulator/emulator-seed.js';
import { Outbox } from '../../../main/publish/outbox/outbox.js';
import { createPublishHandlers } from '../../../main/publish/publish-handlers.js';
import type { TestWorld } from './support/publish-fixture.js';
import { FAST_POLICY, FAST_TIMINGS, createWorld, request, waitFor, writeVettedCsv } from './support/publish-fixture.js';

let emulator: PortalEmulator;
let world: TestWorld;
let outbox: Outbox;
let events: OutboxItemView[];
const context = { host: 'web' as const };

beforeAll(async () => {
  emulator = await startPortalEmulator();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  emulator.reset();
  world = createWorld();
  events = [];
  outbox = new Outbox({ db: world.db, secrets: world.secrets, retryPolicy: FAST_POLICY, timings: FAST_TIMINGS, onItemChanged: (item) => events.push(item) });
  outbox.start();
});
afterEach(async () => {
  await outbox.stop();
  world.dispose();
});

function handlers(exports: Record<string, ReturnType<typeof writeVettedCsv>> = {}) {
  return createPublishHandlers({
    profiles: world.profiles,
    outbox,
    sandboxOrigin: `http://127.0.0.1:${emulator.port}`,
    timings: FAST_TIMINGS,
    // The draft-to-outbox flow is main/publication/'s (tested there); here a draft id names a vetted file.
    startPublication: async (draftId, profileId) => {
      const file = exports[draftId];
      if (!file) throw new Error('unknown draft');
      return outbox.enqueue({ ...request(1, file), profileId });
    },
  });
}

describe('publish handlers', () => {
  it('configure a sandbox profile, test it, publish in one click, make public', async () => {
    const file = writeVettedCsv(world.dir, 'a.csv', 25);
    const api = handlers({ 'export-1': file });
    const profile = await api['publish:create-sandbox-profile']({ engine: 'ckan' }, context);
    expect(profile).toMatchObject({ engine: 'ckan', sandbox: true, hasKey: true, keyStorage: 'encrypted-file' });
    expect(JSON.stringify(profile)).not.toContain(EMULATOR_KEYS.ckan.editor);

    const report = await api['publish:test-connection']({ profileId: profile.profileId }, context);
    expect(report.ok).toBe(true);
    expect(report.checks.map((entry) => entry.code)).toContain('publish.check.organization-ok');

    const item = await api['publish:start']({ draftId: 'export-1', profileId: profile.profileId }, context);
    expect(item.status).toBe('queued');
    await waitFor(() => outbox.view(item.outboxId).status === 'private-ready', 10_000, 'private read-back');
    await api['publish:make-public']({ outboxId: item.outboxId }, context);
    await waitFor(() => outbox.view(item.outboxId).status === 'published', 10_000, 'published');
    const listed = await api['publish:list']({}, context);
    expect(listed[0]).toMatchObject({ outboxId: item.outboxId, status: 'published' });
    // Plain JSON, and never the clerk's file path.
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
    expect(JSON.stringify([listed, events])).not.toContain(world.dir);
    expect(events.some((event) => event.status === 'running')).toBe(true);
  });

  it('« Tester la connexion » says in French codes what is wrong', async () => {
    const api = handlers();
    const wrongKey = await api['publish:save-profile'](
      { label: 'data.gouv.fr', engine: 'udata', baseUrl: `${emulator.urls.udata}/api/1/`, organization: 'nope', autoPublic: false, apiKey: 'udata_wrong' },
      context,
    );
    expect(wrongKey.baseUrl).toBe(emulator.urls.udata);
    expect((await api['publish:test-connection']({ profileId: wrongKey.profileId }, context)).checks).toEqual([
      expect.objectContaining({ check: 'key', ok: false, code: 'publish.bad-key' }),
    ]);
    await api['publish:save-profile']({ ...wrongKey, apiKey: EMULATOR_KEYS.udata.editor }, context);
    const report = await api['publish:test-connection']({ profileId: wrongKey.profileId }, context);
    expect(report.ok).toBe(false);
    expect(report.checks).toContainEqual(expect.objectContaining({ check: 'organization', ok: false, code: 'publish.check.organization-missing' }));
    expect(report.organizations.length).toBe(1);

    const ods = await api['publish:create-sandbox-profile']({ engine: 'opendatasoft' }, context);
    const odsReport = await api['publish:test-connection']({ profileId: ods.profileId }, context);
    expect(odsReport.ok).toBe(true);
    expect(odsReport.checks).toContainEqual(expect.objectContaining({ check: 'permissions', ok: null }));
    expect(odsReport.licences.map((licence) => licence.title)).toContain('Licence Ouverte v2.0 (Etalab)');

    await emulator.stop();
    const offline = await api['publish:test-connection']({ profileId: ods.profileId }, context);
    expect(offline.checks[0]).toMatchObject({ ok: false, code: 'publish.offline' });
    emulator = await startPortalEmulator({ port: emulator.port, state: emulator.state, faults: emulator.faults });
  });

  it('refuses an insecure portal address and a profile in use', async () => {
    const api = handlers({ 'export-1': writeVettedCsv(world.dir, 'a.csv', 3) });
    await expect(
      api['publish:save-profile']({ label: 'x', engine: 'ckan', baseUrl: 'http://ckan.example.org', organization: 'o', autoPublic: false }, context),
    ).rejects.toMatchObject({ code: 'publish.invalid-base-url' });
    const profile = await api['publish:create-sandbox-profile']({ engine: 'udata' }, context);
    await emulator.stop();
    const item = await api['publish:start']({ draftId: 'export-1', profileId: profile.profileId }, context);
    await waitFor(() => outbox.view(item.outboxId).status === 'waiting-network', 10_000, 'waiting');
    await expect(api['publish:delete-profile']({ profileId: profile.profileId }, context)).rejects.toMatchObject({ code: 'publish.profile-in-use' });
    await api['publish:cancel']({ outboxId: item.outboxId }, context);
    expect(await api['publish:delete-profile']({ profileId: profile.profileId }, context)).toEqual({ deleted: true });
    expect(fs.readFileSync(`${world.dir}/secrets.enc.json`, 'utf8')).not.toContain(`portal-profile.${profile.profileId}.`);
    emulator = await startPortalEmulator({ port: emulator.port, state: emulator.state, faults: emulator.faults });
  });
});
