/**
 * The real services of the decisions/export area in a temporary data folder: SQLite database,
 * drafts, the encrypted-file secret store, the file registry, the export service and the API
 * handlers, with requests checked against their JSON Schemas by ajv as the dispatcher does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { DecisionsApi } from '../../../shared/api/decisions-api.js';
import { decisionsRequestSchemas } from '../../../shared/api/decisions-api.js';
import type { AtelierDatabase } from '../../../main/db/database.js';
import { openDatabase } from '../../../main/db/database.js';
import { DraftRepository } from '../../../main/drafts/draft-repository.js';
import { createDecisionsHandlers } from '../../../main/export/export-handlers.js';
import { ExportService } from '../../../main/export/export-service.js';
import { EncryptedFileSecretStore } from '../../../main/secrets/encrypted-file-secret-store.js';
import { FileRegistry } from '../../../main/workspace/file-registry.js';

/** Everything a test needs, and `call` to go through the API as the renderer would. */
export interface ExportHarness {
  dir: string;
  dbFile: string;
  db: AtelierDatabase;
  drafts: DraftRepository;
  files: FileRegistry;
  exports: ExportService;
  /** Where « Exporter vers un dossier » writes (the folder the dialog would return). */
  outDir: string;
  call<K extends keyof DecisionsApi>(method: K, request: DecisionsApi[K]['request']): Promise<DecisionsApi[K]['response']>;
  /** Closes the database and opens it again with new services, as when the app restarts. */
  reopen(): void;
  close(): void;
}

/** Builds the harness in a fresh temporary folder. */
export function createExportHarness(): ExportHarness {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-export-'));
  const dbFile = path.join(dir, 'data', 'atelier.sqlite');
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(outDir);
  const ajv = new Ajv2020({ allErrors: false, strict: true, useDefaults: false, coerceTypes: false });
  const validators = new Map(Object.entries(decisionsRequestSchemas).map(([method, schema]) => [method, ajv.compile(schema as object)]));

  const start = () => {
    const db = openDatabase(dbFile);
    const drafts = new DraftRepository(db);
    const files = new FileRegistry();
    const exports = new ExportService({
      drafts,
      secrets: new EncryptedFileSecretStore(path.join(dir, 'data')),
      organisationId: () => 'commune-test',
      scratchDir: path.join(dir, 'data', 'scratch'),
    });
    const handlers = createDecisionsHandlers({ drafts, exports, files, chooseExportFolder: async () => outDir });
    return { db, drafts, files, exports, handlers };
  };

  let services = start();
  const harness: ExportHarness = {
    dir,
    dbFile,
    outDir,
    get db() {
      return services.db;
    },
    get drafts() {
      return services.drafts;
    },
    get files() {
      return services.files;
    },
    get exports() {
      return services.exports;
    },
    async call(method, request) {
      const validate = validators.get(method);
      if (!validate?.(request)) throw new Error(`Invalid request for ${method}: ${JSON.stringify(validate?.errors)}`);
      const handler = services.handlers[method] as (request: unknown, context: { host: 'web' }) => unknown;
      return (await handler(request, { host: 'web' })) as DecisionsApi[typeof method]['response'];
    },
    reopen() {
      services.db.close();
      services = start();
    },
    close() {
      services.db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
