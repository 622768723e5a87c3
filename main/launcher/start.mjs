// `npm start`: opens Atelier Open Data in Electron; where the Electron binary is absent (as on
// build machines that cannot download it), says so in one line and starts the same app in the
// loopback host instead. `npm run start:web` (--web) goes straight to the loopback host.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' ? binary : null;
  } catch {
    return null;
  }
}

async function startWeb() {
  const { startWebApp } = await import(new URL('../../dist/main/main/web/start-web.js', import.meta.url).href);
  await startWebApp();
}

const binary = process.argv.includes('--web') ? null : electronBinary();
if (binary) {
  const child = spawn(binary, [root], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!process.argv.includes('--web')) {
    console.log('Electron n’est pas installé sur cette machine : Atelier Open Data démarre dans le navigateur (hôte local).');
  }
  await startWeb();
}
