import type { EmulatorReply } from './emulator-http.js';
import { json } from './emulator-http.js';

/** udata error bodies (reference §2.6). */
export const udataErrors = {
  noKey: (): EmulatorReply =>
    json(
      401,
      {
        message:
          "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
      },
      { 'WWW-Authenticate': 'Bearer realm="uData"' },
    ),
  badKey: (state: 'invalid' | 'revoked' | 'expired' = 'invalid'): EmulatorReply =>
    json(401, { message: `${state[0]?.toUpperCase()}${state.slice(1)} API token` }),
  forbidden: (): EmulatorReply => json(403, { message: 'You do not have the permission to modify that object.' }),
  notFound: (): EmulatorReply => json(404, { message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.' }),
  gone: (): EmulatorReply => json(410, { message: 'Dataset has been deleted' }),
  form: (errors: Record<string, string[]>): EmulatorReply => json(400, { errors }),
  internal: (): EmulatorReply => json(500, { message: 'Internal Server Error' }),
  tooManyRequests: (retryAfterSeconds: number): EmulatorReply =>
    json(429, { message: 'Too Many Requests' }, { 'Retry-After': String(retryAfterSeconds) }),
};

/** Upload extensions data.gouv.fr allows by default (reference §2.4). */
export const UDATA_EXTENSIONS = ['csv', 'txt', 'json', 'xml', 'pdf', 'ods', 'xls', 'xlsx', 'geojson', 'zip', 'gz', 'tsv', 'parquet'];

/** Frequency ids of `/datasets/frequencies/`. */
export const UDATA_FREQUENCIES = [
  'unknown', 'punctual', 'continuous', 'hourly', 'fourTimesADay', 'threeTimesADay', 'semidaily', 'daily',
  'fourTimesAWeek', 'threeTimesAWeek', 'semiweekly', 'weekly', 'biweekly', 'threeTimesAMonth', 'semimonthly',
  'monthly', 'bimonthly', 'quarterly', 'threeTimesAYear', 'semiannual', 'annual', 'biennial', 'triennial',
  'quinquennial', 'irregular',
];
