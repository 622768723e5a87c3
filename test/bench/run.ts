// `npm run bench`: runs every benchmark of test/bench/*.bench.ts in turn and prints its figures.
// Performance is measured here, never by a timed test. `npm run bench -- scan reading` runs only
// the benchmarks whose names contain one of the words given.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = fs
  .readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

console.log(`Atelier Open Data — benchmarks (${os.cpus().length} cœurs, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version})`);
let failures = 0;
for (const file of benches) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(path.join(here, file)).href)) as { run?: () => Promise<void> };
    if (typeof module.run !== 'function') throw new Error('no run() exported');
    await module.run();
  } catch (error) {
    failures++;
    console.log(`ÉCHEC de ${file} : ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failures > 0 ? 1 : 0;
