import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database.js';
import { DraftRepository } from '../../../main/drafts/draft-repository.js';
import { PART_FILE_SUFFIX, removeAbandonedPartFiles } from '../../../main/export/atomic-file.js';
import { decideColumn, newDraftContent, recordScan } from '../../../shared/decisions/draft-changes.js';
import { renameFor } from '../../../shared/decisions/decision-history.js';
import { openTable } from '../../../main/files/open-table.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-kill-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A large source, so that writing lasts long enough to be interrupted. */
function writeLargeSource(file: string, rows: number): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'id;nom;commune;montant\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `${i + 1};DUPONT Jeanne ${i % 977};Toulouse;${(i % 9000) + 1} ${String(i % 1000).padStart(3, '0')},50\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

describe('a crash while the output is written', () => {
  it('leaves no partial output under the target name, and the draft intact', async () => {
    const source = path.join(dir, 'grand-fichier.csv');
    writeLargeSource(source, 400_000);
    const dbFile = path.join(dir, 'data', 'atelier.sqlite');
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);
    const target = path.join(outDir, 'grand-fichier-publication.csv');

    const table = await openTable(source, {});
    const columns = table.info.columns.map((c) => ({ index: c.index, name: c.name, type: c.type }));
    await table.close();
    const stat = fs.statSync(source);
    let db = openDatabase(dbFile);
    let drafts = new DraftRepository(db);
    const draft = drafts.create({ sourcePath: source, sourceSize: stat.size, sourceModifiedAt: stat.mtime.toISOString(), content: newDraftContent('grand-fichier.csv', {}) });
    drafts.update(draft.id, (content) => recordScan(content, columns, [], []));
    drafts.update(draft.id, (content) => decideColumn(content, 1, { kind: 'pseudonymise', justification: 'Jointure avec le registre des versements' }));
    db.close();

    const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/export/export-child-process.ts', dbFile, draft.id, target], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const partsAtKill = await new Promise<string[]>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (data: Buffer) => {
        buffered += data.toString();
        const written = [...buffered.matchAll(/rows (\d+)/g)].map((match) => Number(match[1]));
        if (Math.max(0, ...written) >= 20_000 && !child.killed) {
          child.kill('SIGKILL');
          resolve(fs.readdirSync(outDir));
        }
        if (buffered.includes('done')) reject(new Error('The export finished before it could be interrupted'));
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`The child ended by itself (${code}): ${stderr}`));
      });
    });
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

    expect(partsAtKill.some((name) => name.endsWith(PART_FILE_SUFFIX))).toBe(true);
    expect(fs.existsSync(target)).toBe(false);
    expect(await removeAbandonedPartFiles(outDir)).toBe(1);
    expect(fs.readdirSync(outDir)).toEqual([]);

    db = openDatabase(dbFile);
    drafts = new DraftRepository(db);
    const restored = drafts.require(draft.id);
    expect(restored.revision).toBe(4);
    expect(renameFor(restored.content.decisions.present, 0)).toBe('identifiant');
    expect(restored.content.decisions.present.columns['1']).toMatchObject({ kind: 'pseudonymise' });
    expect(restored.content.preflight).toBeNull();
    db.close();
  });
});
