/**
 * Benchmark of the metadata area: metadata validation (first call compiles the ajv schemas) and
 * the streaming Table Schema check of a large synthetic « subventions » table. Prints figures.
 */
import { performance } from 'node:perf_hooks';
import type { Row } from '../../shared/table/cell.js';
import { validateMetadata } from '../../shared/metadata/validate-metadata.js';
import { newDraftMetadata } from '../../shared/metadata/new-draft.js';
import { findOfficialSchema } from '../../shared/table-schema/suggest-schemas.js';
import { createTableSchemaValidator } from '../../shared/table-schema/validate-table.js';

/** A deterministic generator, so that runs compare. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export async function run(): Promise<void> {
  const meta = { ...newDraftMetadata(null, '2026-03-01'), title: 'Subventions 2025', description: 'Liste.', producer: 'Mairie' };
  let start = performance.now();
  validateMetadata(meta, 'udata');
  const first = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < 10_000; i++) validateMetadata(meta, 'udata');
  const each = (performance.now() - start) / 10_000;
  console.log(`metadata: first validation (ajv compile) ${first.toFixed(1)} ms, then ${(each * 1000).toFixed(1)} µs per validation`);

  const official = findOfficialSchema('scdl/subventions');
  if (!official) throw new Error('scdl/subventions is not bundled');
  const headers = official.schema.fields.map((field) => field.name);
  const random = seeded(42);
  const rowsTotal = 200_000;
  const batchSize = 1000;
  const makeRow = (i: number): Row => [
    'Commune de Castelmaurou', '21310118000015', '2025-03-14', `D-${i}`, `Association ${i}`,
    random() < 0.001 ? '123' : String(30_000_000_000_000 + i), 'Fonctionnement', (random() * 10_000).toFixed(2),
    'aide en numéraire', 'unique', '2025-04-01', '', random() < 0.5 ? 'oui' : 'non', '1.00',
  ];
  const validator = createTableSchemaValidator(official.schema, headers);
  start = performance.now();
  for (let i = 0; i < rowsTotal; i += batchSize) {
    validator.checkRows(Array.from({ length: batchSize }, (_v, j) => makeRow(i + j)));
  }
  const seconds = (performance.now() - start) / 1000;
  const report = validator.report();
  console.log(`table schema: ${rowsTotal.toLocaleString('fr-FR')} rows × ${headers.length} columns of scdl/subventions in ${seconds.toFixed(2)} s `
    + `(${Math.round(rowsTotal / seconds).toLocaleString('fr-FR')} rows/s, row generation included); errors: ${JSON.stringify(report.counts)}`);
  const memory = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`heap after check: ${memory.toFixed(0)} MiB`);
}
