import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = path.resolve(process.cwd(), 'main/cli/atelier.mjs');
const dir = mkdtempSync(path.join(os.tmpdir(), 'atelier-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the `atelier` bin as a script would, and returns its exit code and output. */
async function atelier(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [cli, ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('atelier inspect', () => {
  it('prints the JSON object of issue 3 and exits 0', async () => {
    const file = path.join(dir, 'communes.csv');
    writeFileSync(file, 'Code;Commune\n09000;Foix\n31000;Toulouse\n');
    const { code, stdout } = await atelier('inspect', file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file: 'communes.csv', format: 'csv', encoding: 'utf-8', bom: false, delimiter: ';', sheets: [], sheet: null,
      headerRow: 1, rowCount: 2,
      columns: [
        { index: 0, name: 'Code', type: 'code', empty: 0, distinct: 2, personal: null },
        // Issue 4: a list of communes holds no personal data.
        { index: 1, name: 'Commune', type: 'text', empty: 0, distinct: 2, personal: null },
      ],
    });
  });

  it('gives each column of a register of persons its `personal` member', async () => {
    const file = path.join(dir, 'inscrits.csv');
    writeFileSync(file, 'Prénom;Commune de résidence\nJeanne;Foix\nKévin;Toulouse\n');
    const { code, stdout } = await atelier('inspect', file, '--json');
    expect(code).toBe(0);
    const columns = (JSON.parse(stdout) as { columns: { personal: unknown }[] }).columns;
    expect(columns.map((column) => column.personal)).toEqual([
      { category: 'first-name', confidence: 'high', reason: expect.stringContaining('prénoms') as string, matches: 2, share: 1 },
      // The commune where a person lives is a quasi-identifier: with other attributes it can single them out.
      { category: 'quasi-identifier', confidence: 'low', reason: expect.stringContaining('commune') as string, matches: 0, share: 0 },
    ]);
  });

  it('prints a French summary without --json, and honours the overrides', async () => {
    const file = path.join(dir, 'sans-entete.csv');
    writeFileSync(file, 'a|b\nc|d\n');
    const { code, stdout } = await atelier('inspect', file, '--header-row', '0', '--delimiter', '|');
    expect(code).toBe(0);
    expect(stdout).toContain('Ligne d’en-tête\u00a0: aucune');
    expect(stdout).toContain('Lignes de données\u00a0: 2');
  });

  it('prints a coded French error and exits 2 on an unreadable file', async () => {
    const { code, stdout } = await atelier('inspect', path.join(dir, 'absent.xlsx'), '--json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: { code: 'file.not-found', message: expect.stringContaining('« absent.xlsx » est introuvable') },
    });
  });
});
