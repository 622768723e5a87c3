/**
 * Smoke test against the real demo.data.gouv.fr (not part of CI; see `SMOKE.md`):
 *   DATAGOUV_DEMO_API_KEY=… [DATAGOUV_DEMO_ORG=<organisation id>] node --import tsx main/publish/smoke-demo-datagouv.ts [--public] [--keep]
 * It tests the connection, publishes a small generated CSV privately, reads it back, publishes a
 * second version (same dataset, file replaced), optionally makes it public, then deletes the
 * dataset unless `--keep`. Everything it prints is what the clerk would read.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishMessages } from '../../shared/i18n/messages/publish.js';
import type { VettedFile } from '../../shared/publish/publication-request.js';
import { openDatabase } from '../db/database.js';
import { EncryptedFileSecretStore } from '../secrets/encrypted-file-secret-store.js';
import { Outbox } from './outbox/outbox.js';
import { createPortalAdapter } from './portals/create-adapter.js';
import { DEFAULT_ADAPTER_TIMINGS } from './portals/portal-adapter.js';
import { PortalProfiles } from './profiles/portal-profiles.js';

const BASE_URL = process.env.DATAGOUV_DEMO_URL ?? 'https://demo.data.gouv.fr';
const apiKey = process.env.DATAGOUV_DEMO_API_KEY;
if (!apiKey) {
  console.error('Renseignez DATAGOUV_DEMO_API_KEY (clé créée sur demo.data.gouv.fr, Profil › Clé d’API).');
  process.exit(2);
}

function french(code: string, details: Record<string, unknown> = {}): string {
  const text = publishMessages[code]?.fr ?? code;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(details[name] ?? ''));
}

function vettedCsv(dir: string, name: string, rows: number): VettedFile {
  const columns = ['commune', 'equipement', 'annee'];
  const lines = [columns.join(';'), ...Array.from({ length: rows }, (_, i) => `Castelmaurou;Équipement ${i};2025`)];
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const bytes = fs.readFileSync(file);
  return { path: file, name, size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), columns, rowCount: rows, delimiter: ';' };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-smoke-'));
const db = openDatabase(path.join(dir, 'atelier.sqlite'));
const secrets = new EncryptedFileSecretStore(dir);
const profiles = new PortalProfiles(db, secrets);
const profile = await profiles.create({
  label: 'demo.data.gouv.fr',
  engine: 'udata',
  baseUrl: BASE_URL,
  organization: process.env.DATAGOUV_DEMO_ORG ?? '',
  autoPublic: process.argv.includes('--public'),
  apiKey,
});

console.log('1. Tester la connexion');
const adapter = createPortalAdapter({ profile, apiKey, timings: DEFAULT_ADAPTER_TIMINGS, signal: new AbortController().signal });
const report = await adapter.checkConnection();
for (const entry of report.checks) console.log(`   ${entry.ok === false ? '✗' : entry.ok ? '✓' : '?'} ${french(entry.code, entry.details)}`);
if (!report.ok) process.exit(1);

const outbox = new Outbox({
  db,
  secrets,
  onTransition: (event) => console.log(`   ${event.from} → ${event.to} ${JSON.stringify(event.details)}`),
});
outbox.start();
const key = `smoke-${crypto.randomUUID()}`;
const metadata = {
  title: `Essai Atelier Open Data ${new Date().toISOString()}`,
  description: 'Jeu de données d’essai publié par le test de fumée d’Atelier Open Data. À supprimer.',
  keywords: ['essai', 'atelier'],
  themes: [],
  producer: 'Atelier Open Data',
  contact: null,
  licence: 'etalab-2.0',
  frequency: 'punctual' as const,
  temporal: { start: null, end: null },
  spatial: '',
  language: 'fr',
  source: '',
  modified: new Date().toISOString().slice(0, 10),
  schema: null,
};

async function settle(outboxId: number): Promise<void> {
  for (;;) {
    const view = outbox.view(outboxId);
    if (['published', 'private-ready', 'failed', 'cancelled'].includes(view.status)) {
      console.log(`   → ${view.status} ${view.pageUrl ?? ''} ${view.error ? french(view.error.code, view.error.details) : ''}`);
      if (view.status === 'failed') process.exit(1);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

console.log('2. Publier la version 1 (privée, relue)');
const first = await outbox.enqueue({ publicationKey: key, version: 1, profileId: profile.profileId, metadata, file: vettedCsv(dir, 'essai.csv', 25) });
await settle(first.outboxId);
console.log('3. Publier la version 2 (même jeu, fichier remplacé)');
const second = await outbox.enqueue({ publicationKey: key, version: 2, profileId: profile.profileId, metadata, file: vettedCsv(dir, 'essai-v2.csv', 40) });
await settle(second.outboxId);
await outbox.stop();

const remoteId = db.prepare<[], { remote_id: string | null }>('SELECT remote_id FROM portal_dataset').get()?.remote_id;
if (remoteId && !process.argv.includes('--keep')) {
  const answer = await fetch(`${BASE_URL}/api/1/datasets/${remoteId}/`, { method: 'DELETE', headers: { 'X-API-KEY': apiKey } });
  console.log(`4. Suppression du jeu d’essai ${remoteId}: HTTP ${answer.status}`);
}
db.close();
fs.rmSync(dir, { recursive: true, force: true });
