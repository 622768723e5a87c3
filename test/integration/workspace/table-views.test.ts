import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableFilter, TableSort, TableViewState } from '../../../shared/api/files-api.js';
import type { ApiEventName, ApiEvents } from '../../../shared/api/contract.js';
import { JobRegistry } from '../../../main/jobs/job-registry.js';
import { TableService } from '../../../main/workspace/table-service.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-views-'));
const events: { name: ApiEventName; payload: unknown }[] = [];
const listeners = new Set<() => void>();
const emit = <E extends ApiEventName>(name: E, payload: ApiEvents[E]) => {
  events.push({ name, payload });
  listeners.forEach((listener) => listener());
};
const jobs = new JobRegistry(emit);
const tables = new TableService(emit, jobs);

/** Resolves once an emitted event satisfies `test`. */
function eventually<E extends ApiEventName>(name: E, test: (payload: ApiEvents[E]) => boolean): Promise<ApiEvents[E]> {
  return new Promise((resolve) => {
    const check = () => {
      const found = events.find((event) => event.name === name && test(event.payload as ApiEvents[E]));
      if (!found) return;
      listeners.delete(check);
      resolve(found.payload as ApiEvents[E]);
    };
    listeners.add(check);
    check();
  });
}

async function openReady(file: string): Promise<string> {
  const state = tables.open('file-test', file, {});
  await eventually('table:changed', (event) => event.tableId === state.tableId);
  expect(tables.state(state.tableId).status).toBe('ready');
  return state.tableId;
}

async function viewOf(tableId: string, sort: TableSort | null, filter: TableFilter | null): Promise<TableViewState> {
  const started = tables.setView(tableId, sort, filter);
  if (!started) throw new Error('expected a view');
  await eventually('table:view-changed', (event) => event.viewId === started.viewId);
  return tables.viewState(started.viewId);
}

/** The cells of one column through a ready view, in view order. */
async function columnThrough(tableId: string, view: TableViewState, column: number): Promise<unknown[]> {
  const window = await tables.rows(tableId, 0, 1000, view.viewId);
  return window.rows.map((row) => row[column]);
}

// A town hall's list of grants, as a clerk exports it from a spreadsheet: French numbers, French
// dates, accented names, some empty cells.
const grants = [
  'Bénéficiaire;Montant;Date de vote;Objet',
  'Zoé Martin;1 234,5;14/02/2023;Élève musicienne',
  'école Jules Ferry;999;03/11/2022;Sortie scolaire',
  'Émile Durand;;01/01/2024;Équipement',
  'Eric Petit;12,75;;Fête du quartier',
  'eve Roux;-3;28/02/2023;Remboursement élève',
  'Association Àlbi;2 000;2023-01-15;n.c.',
];

describe('sorting and filtering a whole table as a job', () => {
  let tableId: string;
  beforeAll(async () => {
    const file = path.join(work, 'subventions.csv');
    fs.writeFileSync(file, grants.join('\n') + '\n');
    tableId = await openReady(file);
  });
  afterAll(async () => {
    tables.close(tableId);
    await tables.dispose();
  });

  it('sorts French numbers as numbers, empty cells last in both directions', async () => {
    const up = await viewOf(tableId, { column: 1, direction: 'ascending' }, null);
    expect(up).toMatchObject({ status: 'ready', rowCount: 6 });
    expect(await columnThrough(tableId, up, 1)).toEqual(['-3', '12,75', '999', '1 234,5', '2 000', null]);
    const down = await viewOf(tableId, { column: 1, direction: 'descending' }, null);
    expect(await columnThrough(tableId, down, 1)).toEqual(['2 000', '1 234,5', '999', '12,75', '-3', null]);
  });

  it('sorts French and ISO dates as dates', async () => {
    const view = await viewOf(tableId, { column: 2, direction: 'ascending' }, null);
    expect(await columnThrough(tableId, view, 2)).toEqual(['03/11/2022', '2023-01-15', '14/02/2023', '28/02/2023', '01/01/2024', null]);
  });

  it('sorts text in French order, accents and case aside, and gives each row its number in the file', async () => {
    const view = await viewOf(tableId, { column: 0, direction: 'ascending' }, null);
    expect(await columnThrough(tableId, view, 0)).toEqual(['Association Àlbi', 'école Jules Ferry', 'Émile Durand', 'Eric Petit', 'eve Roux', 'Zoé Martin']);
    const window = await tables.rows(tableId, 1, 2, view.viewId);
    expect(window).toMatchObject({ start: 1, rowNumbers: [1, 2] });
  });

  it('filters one column or every column, ignoring accents and case, and sorts what it keeps', async () => {
    const inObject = await viewOf(tableId, null, { column: 3, text: 'ELEVE' });
    expect(inObject.rowCount).toBe(2);
    expect((await tables.rows(tableId, 0, 10, inObject.viewId)).rowNumbers).toEqual([0, 4]);
    const anywhere = await viewOf(tableId, { column: 1, direction: 'descending' }, { column: null, text: 'é' });
    // « é » folds to « e »: every row holds an e, in any case or accent, except « Association Àlbi ».
    expect((await tables.rows(tableId, 0, 10, anywhere.viewId)).rowNumbers).toEqual([0, 1, 3, 4, 2]);
    const nothing = await viewOf(tableId, null, { column: 0, text: 'introuvable' });
    expect(nothing.rowCount).toBe(0);
    expect((await tables.rows(tableId, 0, 10, nothing.viewId)).rows).toEqual([]);
  });

  it('goes back to file order, and refuses a view it no longer holds', async () => {
    const view = await viewOf(tableId, { column: 0, direction: 'descending' }, null);
    expect(tables.setView(tableId, null, null)).toBeNull();
    await expect(tables.rows(tableId, 0, 10, view.viewId)).rejects.toMatchObject({ code: 'table.unknown-view' });
    expect((await tables.rows(tableId, 0, 3)).rowNumbers).toEqual([0, 1, 2]);
    expect(() => tables.setView(tableId, { column: 9, direction: 'ascending' }, null)).toThrow(expect.objectContaining({ code: 'table.unknown-column' }));
  });
});

describe('a view of a large file', () => {
  let tableId: string;
  const rows = 300_000;
  beforeAll(async () => {
    const file = path.join(work, 'grand.csv');
    const lines = ['numero;libelle;montant'];
    // Seeded: amounts follow a fixed permutation so the expected order is known.
    for (let i = 0; i < rows; i++) lines.push(`${i + 1};ligne ${i + 1};${((i * 7919) % rows).toString()},5`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    tableId = await openReady(file);
  }, 60_000);
  afterAll(async () => {
    tables.close(tableId);
    await tables.dispose();
  });

  it('is cancelled through the job registry, and says so', async () => {
    const started = tables.setView(tableId, { column: 2, direction: 'ascending' }, null);
    if (!started) throw new Error('expected a view');
    expect(jobs.cancel(started.jobId)).toBe(true);
    const finished = await eventually('job:finished', (event) => event.jobId === started.jobId);
    expect(finished).toMatchObject({ kind: 'table-view', ok: false, error: { code: 'job.cancelled' } });
    expect(tables.viewState(started.viewId)).toMatchObject({ status: 'failed', error: { code: 'job.cancelled' } });
  });

  it('sorts every row by amount, reporting progress up to the whole file', async () => {
    const view = await viewOf(tableId, { column: 2, direction: 'descending' }, null);
    expect(view.rowCount).toBe(rows);
    const first = await tables.rows(tableId, 0, 3, view.viewId);
    expect(first.rows.map((row) => row[2])).toEqual([`${rows - 1},5`, `${rows - 2},5`, `${rows - 3},5`]);
    const last = await tables.rows(tableId, rows - 1, 5, view.viewId);
    expect(last.rows.map((row) => row[2])).toEqual(['0,5']);
    const progress = events.filter((event) => event.name === 'job:progress' && (event.payload as { jobId: string }).jobId === view.jobId);
    expect(progress.at(-1)?.payload).toMatchObject({ done: rows, total: rows });
  });
});
