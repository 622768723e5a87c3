/**
 * The `scan` domain: the personal-data scan of an opened file, its preliminary and final
 * findings, k-anonymity over chosen quasi-identifiers, and the legal grounds a clerk can give
 * when flagging a column as covered by a secret.
 */

import type { PersonalDataFinding } from '../detect/finding.js';
import type { KAnonymityReport } from '../detect/k-anonymity.js';
import type { LegalGround } from '../detect/legal-grounds.js';
import type { ReadOptions } from '../table/table-info.js';
import type { AppErrorPayload } from './result.js';
import { readOptionsSchema } from './files-api.js';
import type { MethodSpec, NoParams, RequestSchemas } from './method.js';
import { idSchema, noParamsSchema, objectSchema } from './method.js';

/** Where a scan stands; `report` is set once it is `done`, `error` when it `failed`. */
export interface ScanState {
  scanId: string;
  jobId: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  /** The latest findings: preliminary while running, final when done. */
  findings: PersonalDataFinding[];
  quasiIdentifiers: number[];
  rowCount: number | null;
  error: AppErrorPayload | null;
}

/** Methods of the `scan` domain. */
export interface ScanApi {
  'scan:start': MethodSpec<{ fileId: string; options: ReadOptions }, ScanState>;
  'scan:state': MethodSpec<{ scanId: string }, ScanState>;
  'scan:cancel': MethodSpec<{ scanId: string }, { cancelled: boolean }>;
  'scan:k-anonymity': MethodSpec<{ fileId: string; options: ReadOptions; columnIndexes: number[]; threshold: number }, KAnonymityReport>;
  'scan:legal-grounds': MethodSpec<NoParams, LegalGround[]>;
}

/** Events of the `scan` domain (main → renderer). */
export interface ScanEvents {
  /** Findings the rows read so far support, from the first rows on. */
  'scan:preliminary': { scanId: string; findings: PersonalDataFinding[] };
  /** The scan ended: ask `scan:state` for its findings. */
  'scan:changed': { scanId: string; status: ScanState['status'] };
}


export const scanRequestSchemas: RequestSchemas<ScanApi> = {
  'scan:start': objectSchema({ fileId: idSchema, options: readOptionsSchema }),
  'scan:state': objectSchema({ scanId: idSchema }),
  'scan:cancel': objectSchema({ scanId: idSchema }),
  'scan:k-anonymity': objectSchema({
    fileId: idSchema,
    options: readOptionsSchema,
    columnIndexes: { type: 'array', minItems: 1, maxItems: 32, uniqueItems: true, items: { type: 'integer', minimum: 0, maximum: 16_383 } },
    threshold: { type: 'integer', minimum: 2, maximum: 1000 },
  }),
  'scan:legal-grounds': noParamsSchema,
};
