// `npm run bench`: runs every benchmark of test/bench/*.bench.ts in turn, each in a process of its
// own (so that no benchmark's heap, workers or servers weigh on the next one's figures), and
// prints their figures. Performance is measured here, never by a timed test.
// `npm run bench -- scan reading` runs only the benchmarks whose names contain one of the words.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = fs
  .readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

/** Runs one benchmark file in a child process; resolves with its exit code. */
function runOne(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'run-one.ts'), path.join(here, file)], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

console.log(`Atelier Open Data — benchmarks (${os.cpus().length} cœurs, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version})`);
let failures = 0;
for (const file of benches) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const started = performance.now();
  const code = await runOne(file);
  if (code !== 0) {
    failures++;
    console.log(`ÉCHEC de ${file} (code de sortie ${String(code)})`);
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failures > 0 ? 1 : 0;
