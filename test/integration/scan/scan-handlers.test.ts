import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanEvents, ScanState } from '../../../shared/api/scan-api.js';
import type { CallContext } from '../../../main/api/handler-types.js';
import { createScanHandlers } from '../../../main/scan/scan-handlers.js';
import { scanTable } from '../../../main/scan/scan-table.js';
import { synthetic } from '../../unit/detect/synthetic-table.js';

const context: CallContext = { host: 'web' };
let dir: string;
let file: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-scan-'));
  file = path.join(dir, 'inscriptions.csv');
  const gen = synthetic(7);
  const lines = ['nom;prenom;date_naissance;courriel;telephone;sexe;commune_domicile;observations'];
  for (let row = 0; row < 3000; row += 1) {
    lines.push([gen.lastName(), gen.firstName(), gen.birthDate(), gen.email(), gen.phone(row), gen.pick(['F', 'M']), gen.pick(['Balma', 'Blagnac', 'Toulouse']), row % 7 === 0 ? `Rappeler Mme ${gen.lastName()} au ${gen.phone(row)}` : 'RAS'].join(';'));
  }
  fs.writeFileSync(file, lines.join('\n'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function handlersWithEvents() {
  const events: { event: keyof ScanEvents; payload: unknown }[] = [];
  const handlers = createScanHandlers({
    files: { pathOf: (fileId) => (fileId === 'file-1' ? file : path.join(dir, 'absent.csv')) },
    emit: (event, payload) => events.push({ event, payload }),
  });
  return { handlers, events };
}

async function until(handlers: ReturnType<typeof createScanHandlers>, scanId: string): Promise<ScanState> {
  for (;;) {
    const state = await handlers['scan:state']({ scanId }, context);
    if (state.status !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('scan handlers, on a real file in a real worker', () => {
  it('flags the personal columns, with preliminary findings first, and marks quasi-identifiers', async () => {
    const { handlers, events } = handlersWithEvents();
    const started = await handlers['scan:start']({ fileId: 'file-1', options: {} }, context);
    expect(started.status).toBe('running');
    const state = await until(handlers, started.scanId);
    expect(state.status).toBe('done');
    expect(state.rowCount).toBe(3000);
    const byColumn = Object.fromEntries(state.findings.map((finding) => [finding.columnName, finding.category]));
    expect(byColumn).toMatchObject({
      nom: 'last-name', prenom: 'first-name', date_naissance: 'birth-date', courriel: 'email', telephone: 'phone',
      sexe: 'quasi-identifier', commune_domicile: 'quasi-identifier', observations: 'free-text-personal',
    });
    expect(state.quasiIdentifiers).toEqual([2, 5, 6]);
    expect(events.some((entry) => entry.event === 'scan:preliminary')).toBe(true);
    expect(events.at(-1)).toEqual({ event: 'scan:changed', payload: { scanId: started.scanId, status: 'done' } });
  });

  it('measures k-anonymity over chosen quasi-identifiers', async () => {
    const { handlers } = handlersWithEvents();
    const report = await handlers['scan:k-anonymity']({ fileId: 'file-1', options: {}, columnIndexes: [5, 6], threshold: 5 }, context);
    expect(report.groups).toBe(6);
    expect(report.rows).toBe(3000);
    expect(report.k).toBeGreaterThan(5);
    const unique = await handlers['scan:k-anonymity']({ fileId: 'file-1', options: {}, columnIndexes: [2, 5, 6], threshold: 11 }, context);
    expect(unique.rowsBelowThreshold).toBeGreaterThan(2000);
  });

  it('reports an unreadable file as a failed scan with its code', async () => {
    const { handlers } = handlersWithEvents();
    const started = await handlers['scan:start']({ fileId: 'file-2', options: {} }, context);
    const state = await until(handlers, started.scanId);
    expect(state.status).toBe('failed');
    expect(state.error?.code).toBe('file.not-found');
  });

  it('lists the legal grounds with their articles', async () => {
    const { handlers } = handlersWithEvents();
    const grounds = await handlers['scan:legal-grounds']({}, context);
    expect(grounds.map((ground) => ground.article)).toContain('CRPA L311-6 1°');
    expect(grounds).toHaveLength(13);
  });

  it('cancels a running scan', async () => {
    const controller = new AbortController();
    const pending = scanTable(file, {}, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'job.cancelled' });
  });
});
