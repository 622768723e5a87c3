import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, refreshBundle } from '../../../main/schemas/refresh-schemas.js';
import { parseCatalogue } from '../../../main/schemas/schema-bundle-format.js';
import { OFFICIAL_SCHEMAS } from '../../../shared/table-schema/bundle/index.js';

const corpus = path.resolve(process.cwd(), '../shared/corpus/schemas');
const bundled = (name: string) => OFFICIAL_SCHEMAS.filter((official) => official.name === name);

let server: http.Server;
let base: string;
let dir: string;

/** A catalogue shaped like schema.data.gouv.fr's `schemas.json`, pointing at this server. */
function catalogue(): unknown {
  return {
    $schema: 'https://opendataschema.frama.io/catalog/schema-catalog.json',
    version: 1,
    schemas: [
      { name: '139bercy/format-commande-publique', schema_type: 'jsonschema', versions: [{ version_name: '2.0.0', schema_url: `${base}/decp.json` }] },
      {
        name: 'etalab/schema-irve-statique',
        title: 'IRVE statique',
        schema_type: 'tableschema',
        homepage: 'https://github.com/etalab/schema-irve',
        versions: [
          { version_name: '2.3.0', schema_url: `${base}/irve/2.3.0/schema-statique.json` },
          { version_name: '2.10.0', schema_url: `${base}/irve/2.10.0/schema-statique.json` },
          { version_name: '2.9.1', schema_url: `${base}/irve/2.9.1/schema-statique.json` },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-refresh-'));
  const irve = fs.readFileSync(path.join(corpus, 'schema-irve-statique.json'), 'utf8');
  server = http.createServer((request, response) => {
    const send = (status: number, body: string) => response.writeHead(status, { 'content-type': 'application/json' }).end(body);
    if (request.url === '/schemas.json') send(200, JSON.stringify(catalogue()));
    else if (request.url === '/irve/2.10.0/schema-statique.json') send(200, irve);
    else send(404, '{"message":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('reading the schema.data.gouv.fr catalogue', () => {
  it('keeps Table Schemas only, each at its highest version (2.10.0 after 2.9.1)', () => {
    expect(parseCatalogue(catalogue())).toEqual([
      expect.objectContaining({ name: 'etalab/schema-irve-statique', version: '2.10.0', schemaUrl: `${base}/irve/2.10.0/schema-statique.json` }),
    ]);
  });

  it('refuses what is not a catalogue', () => {
    expect(() => parseCatalogue({ schemas: 'none' })).toThrowError(expect.objectContaining({ code: 'schemas.catalogue-unreadable' }));
  });
});

describe('refreshing the bundle over HTTP', () => {
  it('rewrites the modules of listed schemas, keeps the others, and renders the corpus schema as bundled', async () => {
    const current = [...bundled('scdl/subventions'), ...bundled('etalab/schema-irve-statique')];
    const outcome = await refreshBundle({ fetchJson: (url) => fetchJson(url, 5000), catalogueUrl: `${base}/schemas.json`, bundleDir: dir, current });
    expect(outcome).toEqual({ updated: [{ name: 'etalab/schema-irve-statique', from: '2.3.0', to: '2.10.0' }], kept: ['scdl/subventions'] });
    expect(fs.readdirSync(dir).sort()).toEqual(['etalab-schema-irve-statique.ts', 'index.ts', 'scdl-subventions.ts']);
    const written = fs.readFileSync(path.join(dir, 'etalab-schema-irve-statique.ts'), 'utf8');
    const shipped = fs.readFileSync(path.resolve('shared/table-schema/bundle/etalab-schema-irve-statique.ts'), 'utf8');
    // Same parse of the same text: only the version and the URL it was read from differ.
    const neutral = (text: string) => text.replace(/2\.10\.0|2\.3\.0/g, 'V').replace(/https?:\/\/\S+schema-statique\.json/g, 'URL');
    expect(neutral(written)).toBe(neutral(shipped));
    expect(fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')).toContain("import { etalabSchemaIrveStatique } from './etalab-schema-irve-statique.js';");
  });

  it('offline, fails with schemas.offline and writes nothing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-refresh-offline-'));
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(refreshBundle({ fetchJson: (url) => fetchJson(url, 2000), catalogueUrl: `http://127.0.0.1:${port}/schemas.json`, bundleDir: empty }))
      .rejects.toMatchObject({ code: 'schemas.offline' });
    expect(fs.readdirSync(empty)).toEqual([]);
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('says which download failed, with its status', async () => {
    await expect(fetchJson(`${base}/missing.json`, 2000)).rejects.toMatchObject({ code: 'schemas.download-failed', details: { status: 404 } });
  });
});
