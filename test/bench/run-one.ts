// Runs the `run()` of one benchmark file (`run.ts` starts one process per benchmark).
import { pathToFileURL } from 'node:url';

const file = process.argv[2];
if (!file) throw new Error('usage: run-one.ts FILE.bench.ts');
try {
  const module = (await import(pathToFileURL(file).href)) as { run?: () => Promise<void> };
  if (typeof module.run !== 'function') throw new Error('no run() exported');
  await module.run();
} catch (error) {
  console.log(`ÉCHEC : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
