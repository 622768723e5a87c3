/**
 * Publishing benchmark: a large vetted CSV (200 MB by default, `ATELIER_BENCH_PUBLISH_MB`) sent
 * to the portal emulator, run in another process so that only the client's memory is measured.
 * Prints the upload throughput, the whole publication time (upload, processing, read-back) and
 * the peak growth of the client's resident memory — which must stay flat: uploads stream from disk.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { PortalEngine, VettedFile } from '../../shared/publish/publication-request.js';
import { openDatabase } from '../../main/db/database.js';
import { sandboxAccount } from '../../main/publish/emulator/sandbox-accounts.js';
import { Outbox } from '../../main/publish/outbox/outbox.js';
import { PortalProfiles } from '../../main/publish/profiles/portal-profiles.js';
import { EncryptedFileSecretStore } from '../../main/secrets/encrypted-file-secret-store.js';

async function writeLargeCsv(file: string, megabytes: number): Promise<VettedFile> {
  const columns = ['commune', 'equipement', 'montant', 'observations'];
  const out = fs.createWriteStream(file);
  const hash = crypto.createHash('sha256');
  const write = async (text: string): Promise<void> => {
    hash.update(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${columns.join(';')}\n`);
  let rows = 0;
  let size = 0;
  while (size < megabytes * 1024 * 1024) {
    const block = Array.from({ length: 1000 }, (_, i) => `Commune ${(rows + i) % 97};Équipement ${rows + i};${((rows + i) * 7) % 10000},50;observation sans donnée personnelle\n`).join('');
    rows += 1000;
    size += Buffer.byteLength(block);
    await write(block);
  }
  out.end();
  await once(out, 'finish');
  return { path: file, name: path.basename(file), size: fs.statSync(file).size, sha256: hash.digest('hex'), columns, rowCount: rows, delimiter: ';' };
}

async function startSandbox(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/publish/emulator/sandbox.ts'], {
    env: { ...process.env, ATELIER_SANDBOX_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Bac à sable') && resolve()));
  return child;
}

async function publishOnce(dir: string, engine: PortalEngine, origin: string, file: VettedFile): Promise<void> {
  const db = openDatabase(path.join(dir, `${engine}.sqlite`));
  const secrets = new EncryptedFileSecretStore(dir);
  const profile = await new PortalProfiles(db, secrets).create({ label: engine, engine, autoPublic: true, ...sandboxAccount(engine, origin) });
  let uploadStart = 0;
  let uploadEnd = 0;
  const outbox = new Outbox({
    db,
    secrets,
    timings: { pollIntervalMs: 100 },
    onItemChanged: (item) => {
      if (item.progress && uploadStart === 0) uploadStart = performance.now();
      if (item.progress && item.progress.sent >= item.progress.total) uploadEnd = performance.now();
    },
  });
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  outbox.start();
  const item = await outbox.enqueue({ publicationKey: `bench-${engine}`, version: 1, profileId: profile.profileId, metadata: {
    title: `Banc d’essai ${engine}`, description: 'Banc d’essai', keywords: [], themes: [], producer: 'Atelier', contact: null, licence: 'etalab-2.0',
    frequency: 'punctual', temporal: { start: null, end: null }, spatial: '', language: 'fr', source: '', modified: '2025-01-01', schema: null,
  }, file });
  for (;;) {
    const view = outbox.view(item.outboxId);
    if (view.status === 'published' || view.status === 'failed') {
      clearInterval(sampler);
      const total = (performance.now() - started) / 1000;
      const upload = (uploadEnd - uploadStart) / 1000;
      console.log(
        `publish ${engine}: ${(file.size / 1e6).toFixed(0)} MB, ${file.rowCount} rows → ${view.status}${view.error ? ` (${view.error.code})` : ''}; ` +
          `upload ${upload.toFixed(2)} s (${(file.size / 1e6 / upload).toFixed(0)} MB/s); whole publication with read-back ${total.toFixed(2)} s; ` +
          `client RSS +${((peak - baseline) / 1e6).toFixed(1)} MB at peak`,
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await outbox.stop();
  db.close();
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const megabytes = Number(process.env.ATELIER_BENCH_PUBLISH_MB ?? 200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-publish-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const sandbox = await startSandbox(port);
  try {
    const file = await writeLargeCsv(path.join(dir, 'grand-fichier.csv'), megabytes);
    for (const engine of ['opendatasoft', 'udata'] as const) await publishOnce(dir, engine, `http://127.0.0.1:${port}`, file);
  } finally {
    sandbox.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
