import { dataDir } from '../app-paths.js';
import { createAppCore } from '../app-core.js';
import { rendererDir } from '../renderer-dir.js';
import { startWebHost } from './web-host.js';

/**
 * Starts the app in the loopback host: the same services and UI as in Electron, in the browser.
 * Prints the one URL (with its per-start token) the clerk opens.
 */
export async function startWebApp(port = Number(process.env.ATELIER_PORT ?? 0)): Promise<void> {
  const core = createAppCore({
    host: 'web',
    dataDir: dataDir(),
    reportBug: (method, error) => console.error(`[atelier] erreur interne dans ${method} :`, error),
  });
  const host = await startWebHost(core, rendererDir(), port);
  console.log(`Atelier Open Data est ouvert dans le navigateur à l’adresse : ${host.url}`);
  const stop = () => {
    void host.close().then(() => core.close()).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
