import fs from 'node:fs';
import path from 'node:path';
import type { Row } from '../../shared/table/cell.js';
import type { ExportService } from '../export/export-service.js';
import { openTable } from '../files/open-table.js';
import type { OpenVettedTable } from '../metadata/schema-check.js';

/**
 * Opens the vetted output of a draft — what would be published, after decisions and pre-flight —
 * for the official-schema check: written to the app's scratch folder, read back, then deleted.
 */
export function vettedTableOpener(exports: ExportService, scratchDir: string): OpenVettedTable {
  return async (draftId, signal) => {
    fs.mkdirSync(scratchDir, { recursive: true });
    const written = await exports.exportCsv(draftId, path.join(scratchDir, `controle-${draftId}-${Date.now()}.csv`), { signal });
    const table = await openTable(written.path, { headerRow: 1, signal });
    async function* batches(): AsyncGenerator<Row[]> {
      try {
        yield* table.rows(signal);
      } finally {
        await table.close();
        fs.rmSync(written.path, { force: true });
      }
    }
    return { headers: table.info.columns.map((column) => column.name), rowCount: table.info.rowCount, batches: batches() };
  };
}
