/**
 * Refreshes the bundle of official schemas from schema.data.gouv.fr, where the network allows:
 * reads the catalogue, downloads the latest version of every bundled schema and rewrites
 * `shared/table-schema/bundle/`. The app itself never downloads at run time.
 *
 *   node --import tsx main/schemas/refresh-schemas.ts
 *
 * Offline, it says so in French and leaves the bundle as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError, isAppError } from '../../shared/errors.js';
import { metadataText } from '../../shared/metadata/metadata-text.js';
import { OFFICIAL_SCHEMAS } from '../../shared/table-schema/bundle/index.js';
import type { OfficialSchema } from '../../shared/table-schema/table-schema.js';
import { bundleNames, officialSchemaFromJson, parseCatalogue, renderBundleIndex, renderSchemaModule } from './schema-bundle-format.js';

/** The catalogue of schema.data.gouv.fr. */
export const CATALOGUE_URL = 'https://schema.data.gouv.fr/schemas.json';

/** The bundle folder of the source tree. */
export const BUNDLE_DIR = fileURLToPath(new URL('../../shared/table-schema/bundle/', import.meta.url));

/** What a refresh did, schema by schema. */
export interface RefreshOutcome {
  updated: { name: string; from: string; to: string }[];
  /** Schemas the catalogue does not list as Table Schemas: their bundled text is kept. */
  kept: string[];
}

/** Reads JSON over HTTP, giving up after `timeoutMs`; any failure is `schemas.offline`. */
export async function fetchJson(url: string, timeoutMs = 20_000): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    throw new AppError('schemas.offline', { url }, { cause: error });
  }
  if (!response.ok) throw new AppError('schemas.download-failed', { url, status: response.status });
  try {
    return await response.json();
  } catch (error) {
    throw new AppError('schemas.schema-unreadable', { name: url }, { cause: error });
  }
}

/** Writes a file through a temporary sibling, so that an interrupted refresh leaves no half file. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, text, 'utf8');
  fs.renameSync(temporary, file);
}

/**
 * Downloads the latest version of each schema of `current` and rewrites the bundle in
 * `bundleDir`. Everything is downloaded before anything is written.
 */
export async function refreshBundle(options: {
  fetchJson: (url: string) => Promise<unknown>;
  catalogueUrl?: string;
  bundleDir?: string;
  current?: readonly OfficialSchema[];
}): Promise<RefreshOutcome> {
  const current = options.current ?? OFFICIAL_SCHEMAS;
  const bundleDir = options.bundleDir ?? BUNDLE_DIR;
  const catalogue = parseCatalogue(await options.fetchJson(options.catalogueUrl ?? CATALOGUE_URL));
  const outcome: RefreshOutcome = { updated: [], kept: [] };
  const next: OfficialSchema[] = [];
  for (const bundled of current) {
    const entry = catalogue.find((candidate) => candidate.name === bundled.name);
    if (!entry) {
      outcome.kept.push(bundled.name);
      next.push(bundled);
      continue;
    }
    const fresh = officialSchemaFromJson(await options.fetchJson(entry.schemaUrl), entry);
    if (fresh.version !== bundled.version) outcome.updated.push({ name: bundled.name, from: bundled.version, to: fresh.version });
    next.push(fresh);
  }
  fs.mkdirSync(bundleDir, { recursive: true });
  for (const official of next) writeAtomically(path.join(bundleDir, `${bundleNames(official.name).file}.ts`), renderSchemaModule(official));
  writeAtomically(path.join(bundleDir, 'index.ts'), renderBundleIndex(next));
  return outcome;
}

async function main(): Promise<void> {
  try {
    const outcome = await refreshBundle({ fetchJson: (url) => fetchJson(url) });
    for (const { name, from, to } of outcome.updated) console.log(`${name} : ${from} → ${to}`);
    for (const name of outcome.kept) console.log(`${name} : absent du catalogue, version groupée conservée`);
    console.log(`Paquet de schémas à jour dans ${BUNDLE_DIR}`);
  } catch (error) {
    const code = isAppError(error) ? error.code : 'schemas.download-failed';
    const details = isAppError(error) ? (error.details ?? {}) : {};
    const params = Object.fromEntries(Object.entries(details).map(([key, value]) => [key, String(value)]));
    console.error(metadataText(code, params).fr);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
