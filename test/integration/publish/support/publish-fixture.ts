import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatasetMetadata } from '../../../../shared/metadata/model.js';
import type { PortalEngine, PublicationRequest, VettedFile } from '../../../../shared/publish/publication-request.js';
import type { RetryPolicy } from '../../../../shared/publish/retry-policy.js';
import type { AtelierDatabase } from '../../../../main/db/database.js';
import { openDatabase } from '../../../../main/db/database.js';
import { EncryptedFileSecretStore } from '../../../../main/secrets/encrypted-file-secret-store.js';
import type { PortalEmulator } from '../../../../main/publish/emulator/portal-emulator.js';
import { sandboxAccount } from '../../../../main/publish/emulator/sandbox-accounts.js';
import type { AdapterTimings } from '../../../../main/publish/portals/portal-adapter.js';
import { PortalProfiles } from '../../../../main/publish/profiles/portal-profiles.js';

/** Short delays: a test's retries and polls take milliseconds. */
export const FAST_POLICY: RetryPolicy = { baseMs: 5, factor: 2, maxMs: 40, maxAttempts: 6, offlineMaxMs: 40 };
export const FAST_TIMINGS: Partial<AdapterTimings> = { timeoutMs: 400, pollIntervalMs: 10, pollTimeoutMs: 4_000, chunkBytes: 64 * 1024 };

/** A data folder, database and secret store of its own. */
export interface TestWorld {
  dir: string;
  db: AtelierDatabase;
  secrets: EncryptedFileSecretStore;
  profiles: PortalProfiles;
  dispose(): void;
}

export function createWorld(): TestWorld {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-publish-'));
  const db = openDatabase(path.join(dir, 'atelier.sqlite'));
  const secrets = new EncryptedFileSecretStore(dir);
  return {
    dir,
    db,
    secrets,
    profiles: new PortalProfiles(db, secrets),
    dispose: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A seeded pseudo-random source, so that generated data is the same at every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Writes a vetted CSV (header, `rows` records, quoted fields with `;` and line breaks among them). */
export function writeVettedCsv(dir: string, name: string, rows: number, options: { delimiter?: ';' | ','; seed?: number; columns?: string[] } = {}): VettedFile {
  const delimiter = options.delimiter ?? ';';
  const columns = options.columns ?? ['Commune', 'Équipement', 'Montant (€)', 'Observations'];
  const random = seeded(options.seed ?? 7);
  const lines = [columns.join(delimiter)];
  for (let i = 0; i < rows; i++) {
    const note = random() < 0.2 ? `"Ligne ${i}${delimiter} avec ""guillemets""\net saut de ligne"` : `note ${i}`;
    lines.push([`Commune ${i % 17}`, `Équipement ${Math.floor(random() * 1000)}`, String(Math.round(random() * 100000) / 100), note].join(delimiter));
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
  const bytes = fs.readFileSync(file);
  return {
    path: file,
    name,
    size: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    columns,
    rowCount: rows,
    delimiter,
  };
}

export function sampleMetadata(title: string, licence = 'etalab-2.0'): DatasetMetadata {
  return {
    title,
    description: 'Liste des équipements sportifs de la commune.\n\nMise à jour chaque année.',
    keywords: ['sport', 'equipements'],
    themes: ['Sports'],
    producer: 'Commune de Castelmaurou',
    contact: { name: 'Service sports', email: 'sports@example.org' },
    licence,
    frequency: 'annual',
    temporal: { start: '2024-01-01', end: '2024-12-31' },
    spatial: '31118',
    language: 'fr',
    source: 'Logiciel de gestion des équipements',
    modified: '2025-01-15',
    schema: null,
  };
}

/** The base URL, organisation and editor key of each engine in the emulator. */
export function engineAccess(emulator: PortalEmulator, engine: PortalEngine): { baseUrl: string; organization: string; apiKey: string } {
  return sandboxAccount(engine, `http://127.0.0.1:${emulator.port}`);
}

/** A profile of the engine on the emulator. */
export async function createProfile(world: TestWorld, emulator: PortalEmulator, engine: PortalEngine, overrides: { autoPublic?: boolean; apiKey?: string } = {}): Promise<number> {
  const access = engineAccess(emulator, engine);
  const profile = await world.profiles.create({
    label: `Bac à sable ${engine}`,
    engine,
    baseUrl: access.baseUrl,
    organization: access.organization,
    autoPublic: overrides.autoPublic ?? true,
    sandbox: true,
    apiKey: overrides.apiKey ?? access.apiKey,
  });
  return profile.profileId;
}

export function request(profileId: number, file: VettedFile, options: { key?: string; version?: number; title?: string } = {}): PublicationRequest {
  return {
    publicationKey: options.key ?? 'pub-equipements-sportifs',
    version: options.version ?? 1,
    profileId,
    metadata: sampleMetadata(options.title ?? 'Équipements sportifs de Castelmaurou'),
    file,
  };
}

/** Polls until the predicate holds (the outbox works in the background). */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Datasets and resources of the engine in the emulator, in one shape. */
export function holdings(emulator: PortalEmulator, engine: PortalEngine): { datasets: number; resources: number; rows: number | null; public: boolean }[] {
  const summary = emulator.summary();
  if (engine === 'opendatasoft') return summary.ods.map((d) => ({ datasets: 1, resources: d.resources, rows: d.rows, public: !d.restricted }));
  if (engine === 'udata') return summary.udata.filter((d) => !d.deleted).map((d) => ({ datasets: 1, resources: d.resources.length, rows: null, public: !d.private }));
  return summary.ckan.map((d) => ({ datasets: 1, resources: d.resources.length, rows: null, public: !d.private }));
}
