import type { MethodSpec, NoParams, RequestSchemas } from './method.js';
import { noParamsSchema, objectSchema } from './method.js';

/** Which host serves the API: Electron's IPC, or the loopback web host in a browser. */
export type HostKind = 'electron' | 'web';

/** What the renderer learns about the app at start. */
export interface AppInfo {
  host: HostKind;
  version: string;
  locale: 'fr' | 'en';
  /** The OS user name, recorded in the history as « who ». */
  userName: string;
}

/** A command chosen in the native menu, carried out by the renderer. */
export type MenuCommand = 'open-file' | 'show-home' | 'show-history' | 'show-settings' | 'about';

/** Events of the `app` domain. */
export interface AppEvents {
  'app:command': { command: MenuCommand };
}

/** Methods of the `app` domain. */
export interface AppApi {
  'app:info': MethodSpec<NoParams, AppInfo>;
  'app:set-locale': MethodSpec<{ locale: 'fr' | 'en' }, AppInfo>;
}

export const appRequestSchemas: RequestSchemas<AppApi> = {
  'app:info': noParamsSchema,
  'app:set-locale': objectSchema({ locale: { enum: ['fr', 'en'] } }),
};
