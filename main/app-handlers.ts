import os from 'node:os';
import type { AppApi, AppInfo, HostKind } from '../shared/api/app-api.js';
import type { JobsApi } from '../shared/api/jobs-api.js';
import type { DomainHandlers } from './api/handler-types.js';
import type { JobRegistry } from './jobs/job-registry.js';
import type { Settings } from './settings.js';
import { APP_VERSION } from './app-version.js';

/** The OS user name recorded as « who » in the history; never fails. */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'inconnu';
  }
}

/** Handlers of the `app:*` and `jobs:*` methods. */
export function createAppHandlers(deps: {
  host: HostKind;
  /** The settings, or null while the database cannot be opened (French by default then). */
  settings: () => Settings | null;
  jobs: JobRegistry;
}): DomainHandlers<AppApi & JobsApi> {
  const info = (): AppInfo => ({
    host: deps.host,
    version: APP_VERSION,
    locale: deps.settings()?.get('locale') === 'en' ? 'en' : 'fr',
    userName: osUserName(),
  });
  return {
    'app:info': info,
    'app:set-locale': ({ locale }) => {
      deps.settings()?.set('locale', locale);
      return info();
    },
    'jobs:cancel': ({ jobId }) => ({ cancelled: deps.jobs.cancel(jobId) }),
  };
}
