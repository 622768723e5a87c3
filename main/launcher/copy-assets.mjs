// Part of `npm run build:main`: copies what TypeScript does not emit (SQL migrations, bundled JSON
// data) from main/ and shared/ into dist/main/, beside the compiled modules that read them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KEEP = new Set(['.sql', '.json']);

function copy(dir) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) copy(relative);
    else if (KEEP.has(path.extname(entry.name))) {
      const target = path.join(root, 'dist/main', relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(root, relative), target);
    }
  }
}

for (const dir of ['main', 'shared']) copy(dir);
