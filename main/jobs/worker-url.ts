import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const BOOTSTRAP = new URL('./ts-worker-bootstrap.mjs', import.meta.url);

/**
 * Where to start a worker module named with its built `.js` name. Built app: the `.js` file
 * itself. From source (tests, benchmarks): the `.ts` file beside it, through the tsx bootstrap.
 */
export function resolveWorkerEntry(workerUrl: URL): { entry: URL; tsEntry: string | null } {
  const file = fileURLToPath(workerUrl);
  if (fs.existsSync(file)) return { entry: workerUrl, tsEntry: null };
  const tsFile = file.replace(/\.js$/, '.ts');
  if (tsFile !== file && fs.existsSync(tsFile)) {
    return { entry: BOOTSTRAP, tsEntry: new URL(workerUrl.href.replace(/\.js$/, '.ts')).href };
  }
  throw new Error(`Worker module not found: ${file}`);
}
