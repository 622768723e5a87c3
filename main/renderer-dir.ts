import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the built renderer (`dist/renderer`), found from the built main
 * (`dist/main/main/`) or from the sources (`main/`).
 */
export function rendererDir(): string {
  const candidates = [new URL('../../renderer/', import.meta.url), new URL('../dist/renderer/', import.meta.url)];
  for (const candidate of candidates) {
    const dir = fileURLToPath(candidate);
    if (fs.existsSync(`${dir}/index.html`)) return dir;
  }
  return fileURLToPath(candidates[0] as URL);
}
