import type { PortalEngine } from '../../../shared/publish/publication-request.js';
import { EMULATOR_KEYS, EMULATOR_ORGANIZATIONS } from './emulator-seed.js';

/** Where `npm run portal:sandbox` listens unless `ATELIER_SANDBOX_PORT` says otherwise. */
export const SANDBOX_PORT = 8765;

/** The « Bac à sable » profile of an engine: the emulator's base URL, organisation and editor key. */
export function sandboxAccount(engine: PortalEngine, origin = `http://127.0.0.1:${SANDBOX_PORT}`): { baseUrl: string; organization: string; apiKey: string } {
  switch (engine) {
    case 'opendatasoft':
      return { baseUrl: `${origin}/ods`, organization: '', apiKey: EMULATOR_KEYS.ods.editor };
    case 'udata':
      return { baseUrl: `${origin}/udata`, organization: EMULATOR_ORGANIZATIONS.udata.id, apiKey: EMULATOR_KEYS.udata.editor };
    case 'ckan':
      return { baseUrl: `${origin}/ckan`, organization: EMULATOR_ORGANIZATIONS.ckan.name, apiKey: EMULATOR_KEYS.ckan.editor };
  }
}
