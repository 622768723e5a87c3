/**
 * `npm run portal:sandbox`: the portal emulator for the « Bac à sable » training profiles, on
 * 127.0.0.1 (port 8765, or `ATELIER_SANDBOX_PORT`). A clerk can publish there as many times as
 * they like: nothing leaves the machine, and everything is forgotten when it stops (Ctrl+C).
 * Faults can be injected with `POST /__emulator/faults` to show how the outbox copes.
 */
import { EMULATOR_KEYS } from './emulator-seed.js';
import { startPortalEmulator } from './portal-emulator.js';
import { SANDBOX_PORT } from './sandbox-accounts.js';

const port = Number(process.env.ATELIER_SANDBOX_PORT ?? SANDBOX_PORT);
const emulator = await startPortalEmulator({ port }).catch((error: unknown) => {
  const code = (error as { code?: unknown }).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Le port ${String(port)} est déjà utilisé : un bac à sable tourne peut-être déjà (ouvrez http://127.0.0.1:${String(port)}/__emulator/state). Sinon, choisissez un autre port avec ATELIER_SANDBOX_PORT et reportez-le dans l’adresse du profil « Bac à sable ».`
      : `Le bac à sable n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

console.log(`Bac à sable des portails sur http://127.0.0.1:${emulator.port}`);
console.log(`  Opendatasoft : ${emulator.urls.opendatasoft}  (clé ${EMULATOR_KEYS.ods.editor})`);
console.log(`  udata        : ${emulator.urls.udata}  (clé ${EMULATOR_KEYS.udata.editor})`);
console.log(`  CKAN         : ${emulator.urls.ckan}  (jeton ${EMULATOR_KEYS.ckan.editor})`);
console.log('  État : GET /__emulator/state — pannes : POST /__emulator/faults — Ctrl+C pour arrêter.');

const stop = (): void => {
  void emulator.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
