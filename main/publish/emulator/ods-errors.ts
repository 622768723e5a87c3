import type { EmulatorReply } from './emulator-http.js';
import { json } from './emulator-http.js';

/** Opendatasoft Automation error bodies (reference §1.8); 401 and 403 shapes are unconfirmed, kept alike. */
export const odsErrors = {
  unauthorized: (): EmulatorReply =>
    json(401, { error_code: 'unauthorized', message: 'Authentication credentials were not provided or are invalid.' }),
  forbidden: (): EmulatorReply =>
    json(403, { error_code: 'permission_denied', message: 'You do not have permission to perform this action.' }),
  notFound: (): EmulatorReply => json(404, { error_code: 'not_found', message: 'Not found.' }),
  validation: (detail: Record<string, string[]>): EmulatorReply =>
    json(400, { error_code: 'validation_error', message: 'Invalid input', detail }),
  invalidStatus: (status: string, allowed: string): EmulatorReply =>
    json(400, {
      error_code: 'invalid_dataset_status',
      message: `Invalid precondition, dataset status is '${status}' but must be one of '${allowed}'`,
    }),
  internal: (): EmulatorReply =>
    json(500, { error_code: 'internal_error', message: 'A server error occurred.', trace_id: '6b52c1f0e7a94d1c' }),
  /** The Explore API's quota answer (reference §1.9). */
  tooManyRequests: (retryAfterSeconds: number): EmulatorReply =>
    json(
      429,
      {
        errorcode: 10002,
        reset_time: new Date(Date.now() + retryAfterSeconds * 1000).toISOString(),
        limit_time_unit: 'day',
        call_limit: 10000,
        error: 'Too many requests on the domain. Please contact the domain administrator.',
      },
      { 'Retry-After': String(retryAfterSeconds) },
    ),
};
