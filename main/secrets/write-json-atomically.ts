import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a small JSON file readable only by its owner, to a temporary file then renamed: a crash
 * never leaves half a secrets file.
 */
export function writeJsonAtomically(target: string, content: unknown): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(content), { mode: 0o600 });
  fs.renameSync(temporary, target);
}
