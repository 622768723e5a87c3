import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/app-core.js';
import { createAppCore } from '../../../main/app-core.js';
import { EMULATOR_KEYS, EMULATOR_ORGANIZATIONS } from '../../../main/publish/emulator/emulator-seed.js';
import type { PortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import type { ApiMethodName, ApiRequest, ApiResponse } from '../../../shared/api/contract.js';
import type { ColumnDecision } from '../../../shared/decisions/column-decision.js';
import { SYNTHETIC_HEADER, writeSyntheticTable } from '../export/synthetic-personal-table.js';

let dataDir: string;
let core: AppCore;
let emulator: PortalEmulator;

async function call<K extends ApiMethodName>(method: K, request: ApiRequest<K>): Promise<ApiResponse<K>> {
  const result = await core.dispatch(method, request, { host: 'web' });
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${JSON.stringify(result.error.details ?? {})}`), result.error);
  return result.value as ApiResponse<K>;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const DECISIONS: [string, ColumnDecision][] = [
  ['nom', { kind: 'drop' }],
  ['courriel', { kind: 'drop' }],
  ['telephone', { kind: 'mask' }],
  ['nir', { kind: 'drop' }],
  ['iban', { kind: 'drop' }],
  ['date_naissance', { kind: 'generalise', rule: { kind: 'age-band', width: 10, referenceDate: '2026-01-01' } }],
  ['code_postal', { kind: 'generalise', rule: { kind: 'postal-code-department' } }],
  ['adresse', { kind: 'generalise', rule: { kind: 'address-commune' } }],
  ['geo', { kind: 'generalise', rule: { kind: 'coordinates', decimals: 2 } }],
  ['commentaire', { kind: 'redact' }],
  ['effectif', { kind: 'generalise', rule: { kind: 'small-count', threshold: 11 } }],
];

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-publication-'));
  emulator = await startPortalEmulator();
  core = createAppCore({ host: 'web', dataDir, reportBug: (method, error) => { throw new Error(`bug in ${method}: ${String(error)}`); } });
});
afterEach(async () => {
  await core.close();
  await emulator.stop();
});

/** A draft of the synthetic file with every kind of personal column, decided and described. */
async function readyDraft(rows: number): Promise<string> {
  const source = path.join(dataDir, 'aides-sociales.csv');
  writeSyntheticTable(source, rows);
  const { fileId } = core.files.register(source);
  const metadata = await call('metadata:new-draft', {});
  const draft = await call('drafts:create', { fileId, options: {} });
  await call('drafts:scan', { draftId: draft.draftId });
  for (const [name, decision] of DECISIONS) {
    await call('decisions:decide', { draftId: draft.draftId, columnIndex: SYNTHETIC_HEADER.indexOf(name), decision });
  }
  await call('drafts:set-metadata', {
    draftId: draft.draftId,
    metadata: { ...metadata, producer: 'Commune de Castelmaurou', title: 'Aides sociales versées', description: 'Montants des aides versées par le CCAS, sans données personnelles.', keywords: ['aides', 'social', 'ccas'] },
  });
  return draft.draftId;
}

describe('publishing a draft in one click, on a real database and the portal emulator', () => {
  it('refuses while the description is incomplete for the portal', async () => {
    const source = path.join(dataDir, 'petit.csv');
    writeSyntheticTable(source, 20);
    const { fileId } = core.files.register(source);
    const draft = await call('drafts:create', { fileId, options: {} });
    const profile = await call('publish:save-profile', {
      label: 'Portail', engine: 'udata', baseUrl: `${emulator.urls.udata}/api/1/`, organization: EMULATOR_ORGANIZATIONS.udata.id, autoPublic: true, apiKey: EMULATOR_KEYS.udata.editor,
    });
    await expect(call('publish:start', { draftId: draft.draftId, profileId: profile.profileId })).rejects.toMatchObject({ code: 'publish.metadata-incomplete' });
    expect(emulator.summary().udata).toEqual([]);
  });

  it('exports, records, sends, reads back and remembers; a second version updates the same dataset', async () => {
    const draftId = await readyDraft(120);
    const profile = await call('publish:save-profile', {
      label: 'data.gouv.fr (bac à sable)', engine: 'udata', baseUrl: `${emulator.urls.udata}/api/1/`, organization: EMULATOR_ORGANIZATIONS.udata.id, autoPublic: true, apiKey: EMULATOR_KEYS.udata.editor,
    });

    const first = await call('publish:start', { draftId, profileId: profile.profileId });
    await until(() => call('publish:list', {}), (items) => items.find((item) => item.outboxId === first.outboxId)?.status === 'published', 'published');

    const journal = await until(() => call('history:list', {}), (page) => page.items[0]?.status === 'public', 'history public');
    expect(journal.items).toHaveLength(1);
    const detail = await call('history:detail', { publicationId: journal.items[0]?.publicationId ?? 0 });
    expect(detail.events.map((event) => event.type)).toEqual(expect.arrayContaining(['created', 'exported', 'queued', 'uploaded', 'published', 'made-public']));
    expect(detail.output.columns).not.toContain('nir');
    expect(detail.decisions.find((decision) => decision.columnName === 'nir')).toMatchObject({ action: 'drop' });
    expect(detail.remote.datasetUrl).toMatch(/^http/);
    expect(JSON.stringify(detail)).not.toContain(EMULATOR_KEYS.udata.editor);

    const second = await call('publish:start', { draftId, profileId: profile.profileId });
    await until(() => call('publish:list', {}), (items) => items.find((item) => item.outboxId === second.outboxId)?.status === 'published', 'second version');
    const datasets = emulator.summary().udata.filter((dataset) => !dataset.deleted);
    expect(datasets).toHaveLength(1);
    expect(datasets[0]?.resources).toHaveLength(1);
    const both = await until(() => call('history:list', {}), (page) => page.items.length === 2 && page.items.every((entry) => entry.status === 'public'), 'two versions');
    expect(both.items.map((entry) => entry.version).sort()).toEqual([1, 2]);
  });

  it('publishes a new version from a history entry: decisions carried over by column name, same dataset updated', async () => {
    const draftId = await readyDraft(80);
    const profile = await call('publish:save-profile', {
      label: 'CKAN (bac à sable)', engine: 'ckan', baseUrl: emulator.urls.ckan, organization: EMULATOR_ORGANIZATIONS.ckan.name, autoPublic: true, apiKey: EMULATOR_KEYS.ckan.editor,
    });
    const first = await call('publish:start', { draftId, profileId: profile.profileId });
    await until(() => call('publish:list', {}), (items) => items.find((item) => item.outboxId === first.outboxId)?.status === 'published', 'first version');
    const [entry] = (await until(() => call('history:list', {}), (page) => page.items[0]?.status === 'public', 'recorded')).items;

    // The next month's file: the same columns, and one more that nobody decided on yet.
    const next = path.join(dataDir, 'aides-sociales-fevrier.csv');
    const rows = writeSyntheticTable(next, 90, 7);
    fs.writeFileSync(next, [[...SYNTHETIC_HEADER, 'observations'], ...rows.map((row) => [...row, 'RAS'])].map((row) => row.map((field) => (/[;"\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(';')).join('\n') + '\n');
    const { fileId } = core.files.register(next);
    const started = await call('publication:new-version', { publicationId: entry?.publicationId ?? 0, fileId, options: {} });
    expect(started).toMatchObject({ version: 2, basedOnVersion: 1 });
    expect(started.carried).toEqual(expect.arrayContaining(['nom', 'nir', 'iban', 'courriel']));
    expect(started.gone).toEqual([]);
    expect(started.draft.metadata.title).toBe('Aides sociales versées');
    expect(started.draft.gate).toEqual([]);

    const second = await call('publish:start', { draftId: started.draft.draftId, profileId: profile.profileId });
    await until(() => call('publish:list', {}), (items) => items.find((item) => item.outboxId === second.outboxId)?.status === 'published', 'second version');
    const packages = emulator.summary().ckan;
    expect(packages).toHaveLength(1);
    expect(packages[0]?.resources).toHaveLength(1);
    const versions = await until(() => call('history:list', {}), (page) => page.items.length === 2 && page.items.every((each) => each.status === 'public'), 'two versions');
    expect(versions.items.map((each) => each.version).sort()).toEqual([1, 2]);
  });
});
