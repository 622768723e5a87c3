import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/table/cell.js';
import type { ColumnProfile } from '../../../shared/table/table-info.js';
import { PARALLEL_READING } from '../../../main/files/csv/csv-part-bounds.js';
import { openTable, type OpenedTable, type OpenTableOptions } from '../../../main/files/open-table.js';
import { synthetic } from '../../unit/detect/synthetic-table.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atelier-parallel-'));
const defaults = { ...PARALLEL_READING };
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => Object.assign(PARALLEL_READING, defaults));

function fixture(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Parts of a few hundred kilobytes, from the first 64 KB on, without waiting for the helper thread. */
const SMALL_PARTS = { minFileBytes: 1, headBytes: 64 * 1024, minPartBytes: 128 * 1024, headWaitsForHelper: false };

/** Opens the file read by one thread, then split in small parts over two. */
async function bothWays(file: string, options: OpenTableOptions = {}): Promise<{ alone: OpenedTable; split: OpenedTable }> {
  Object.assign(PARALLEL_READING, { minFileBytes: Infinity });
  const alone = await openTable(file, options);
  Object.assign(PARALLEL_READING, SMALL_PARTS);
  const split = await openTable(file, options);
  return { alone, split };
}

async function all(table: OpenedTable): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const batch of table.rows()) rows.push(...batch);
  return rows;
}

/** What must not depend on how the file was cut (histograms are drawn from samples). */
function exact(column: ColumnProfile): Omit<ColumnProfile, 'histogram'> & { binCount: number } {
  const { histogram, ...rest } = column;
  return { ...rest, binCount: histogram.length };
}

function register(rows: number, seed: number): string {
  const gen = synthetic(seed);
  const lines = ['id;nom;prénom;naissance;courriel;téléphone;montant;commentaire'];
  for (let i = 0; i < rows; i++) {
    // Most line breaks of this file are inside quoted comments: cuts often fall inside them.
    const comment = i % 3 === 0 ? `"Rappel ;\nMme ${gen.lastName()}\nau ""${gen.phone(i)}""\n"` : i % 3 === 1 ? `"suivi ${i}"` : '';
    const row = [String(i + 1), gen.lastName(), gen.firstName(), gen.birthDate(), gen.email(), gen.phone(i), `${gen.int(1, 99999)},${gen.int(10, 99)}`, comment];
    lines.push(i % 997 === 0 ? '' : row.join(';'));
  }
  lines.push('', 'Source : registre des aides', '');
  return lines.join('\r\n');
}

describe('reading a large CSV file on two threads', () => {
  it('gives the same table, rows and profiles as one thread, quoted line breaks at the cuts', async () => {
    const file = fixture('registre.csv', register(12_000, 7));
    const { alone, split } = await bothWays(file);
    expect(split.info.rowCount).toBe(alone.info.rowCount);
    expect(split.info.headerRow).toBe(alone.info.headerRow);
    expect(split.info.columns.map(exact)).toEqual(alone.info.columns.map(exact));
    const rows = await all(split);
    expect(rows).toEqual(await all(alone));
    for (const start of [0, 4321, alone.info.rowCount - 50]) expect(await split.readRows(start, 100)).toEqual(rows.slice(start, start + 100));
    await Promise.all([alone.close(), split.close()]);
  });

  it('scans for personal data in the same pass, with the findings of one thread', async () => {
    const file = fixture('registre-scan.csv', register(30_000, 9));
    const scan = { referenceDate: { year: 2026, month: 1, day: 1 } };
    const { alone, split } = await bothWays(file, { scan });
    const verdicts = (table: OpenedTable) => table.findings?.findings.map((finding) => [finding.columnName, finding.category, finding.confidence]);
    expect(verdicts(split)).toEqual(verdicts(alone));
    expect(verdicts(split)).toContainEqual(['courriel', 'email', 'high']);
    expect(split.findings?.quasiIdentifiers).toEqual(alone.findings?.quasiIdentifiers);
    await Promise.all([alone.close(), split.close()]);
  });

  it('examines every row of every part when asked, as one thread does', async () => {
    const file = fixture('registre-every-row.csv', register(30_000, 13));
    const scan = { referenceDate: { year: 2026, month: 1, day: 1 }, everyRow: true };
    const { alone, split } = await bothWays(file, { scan });
    const examined = (table: OpenedTable) => table.findings?.findings.find((finding) => finding.columnName === 'courriel')?.evidence.examined;
    // Every data row has an e-mail but the blank lines (one in 997) and the trailing source note.
    expect(examined(split)).toBe(examined(alone));
    expect(examined(split)).toBeGreaterThan(29_900);
    await Promise.all([alone.close(), split.close()]);
  });

  it('gives the same evidence scan after scan, however soon the helper thread starts', async () => {
    const file = fixture('registre-scan-2.csv', register(30_000, 11));
    const scan = { referenceDate: { year: 2026, month: 1, day: 1 } };
    // Reading alone, the head waits for the helper; a scan's head does not, so its parts and the
    // rows they sample are the same every time.
    Object.assign(PARALLEL_READING, { ...SMALL_PARTS, headWaitsForHelper: true });
    const runs: OpenedTable[] = [];
    for (let run = 0; run < 3; run++) runs.push(await openTable(file, { scan }));
    const [first, ...others] = runs.map((table) => table.findings);
    for (const other of others) expect(other).toEqual(first);
    await Promise.all(runs.map((table) => table.close()));
  });

  it('settles a code page on every part of the file', async () => {
    const ascii = Array.from({ length: 40_000 }, (_, i) => `${i};ligne ordinaire sans accent`).join('\r\n');
    const file = fixture('tardif-1252.csv', iconv.encode(`id;texte\r\n${ascii}\r\n40000;Fête de l’été à Évry\r\n`, 'win1252'));
    const { alone, split } = await bothWays(file);
    expect(split.info.encoding).toBe('windows-1252');
    expect(split.info.columns.map(exact)).toEqual(alone.info.columns.map(exact));
    expect((await split.readRows(40_000, 1))[0]).toEqual(['40000', 'Fête de l’été à Évry']);
    await Promise.all([alone.close(), split.close()]);
  });

  it('names the record too long in a later part as one thread does', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `${i};texte ordinaire`);
    lines.splice(50_000, 0, `50000;"${'x'.repeat(17 * 1024 * 1024)}`);
    const file = fixture('longue.csv', ['id;texte', ...lines].join('\n'));
    const failure = async (): Promise<unknown> => openTable(file).then(() => null, (error: unknown) => error);
    Object.assign(PARALLEL_READING, { minFileBytes: Infinity });
    const alone = await failure();
    Object.assign(PARALLEL_READING, SMALL_PARTS);
    const split = await failure();
    expect(alone).toMatchObject({ code: 'file.line-too-long' });
    expect(split).toMatchObject({ code: 'file.line-too-long', details: (alone as { details: unknown }).details });
  });
});
