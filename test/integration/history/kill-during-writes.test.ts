import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database.js';
import { publicationDetail } from '../../../main/history/journal-queries.js';
import { publicationIdByKey } from '../../../main/history/publication-recorder.js';
import { EVENTS_PER_PUBLICATION, expectedPublication } from './history-writer-plan.js';

const WRITER = fileURLToPath(new URL('./history-writer.ts', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-kill-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the writer until it has committed `target` publications, then kills it with SIGKILL. */
function writeThenKill(file: string, target: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: number[] = [];
    let pending = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      committed.push(...lines.map(Number));
      if (committed.length >= target) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`writer ended without being killed: ${errors}`));
    });
  });
}

describe('a crash during heavy writes to the history', () => {
  it('loses no committed publication, leaves no half-written one, and passes integrity_check', async () => {
    const file = path.join(dir, 'atelier.sqlite');
    const committed = await writeThenKill(file, 400);
    expect(committed.length).toBeGreaterThanOrEqual(400);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);

    const db = openDatabase(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const n of committed) {
      const id = publicationIdByKey(db, `kill-${n}`);
      expect(id, `publication ${n}`).not.toBeNull();
      const detail = publicationDetail(db, id ?? 0);
      const expected = expectedPublication(n);
      expect(detail.source.sha256).toBe(expected.source.sha256);
      expect(detail.output).toMatchObject({ sha256: expected.output.sha256, rowCount: n });
      expect(detail.events).toHaveLength(EVENTS_PER_PUBLICATION);
      expect(detail).toMatchObject({ status: 'published', remote: { datasetId: `ds-${n}` } });
    }
    // The one being written when the process died is either all there or not there at all.
    const partial = db.prepare(`SELECT p.publication_key, count(e.id) AS events FROM publication p
      LEFT JOIN publication_event e ON e.publication_id = p.id GROUP BY p.id HAVING events <> ?`).all(EVENTS_PER_PUBLICATION);
    expect(partial).toEqual([]);
    const total = (db.prepare('SELECT count(*) AS n FROM publication').get() as { n: number }).n;
    expect(total - committed.length).toBeGreaterThanOrEqual(0);
    expect(total - committed.length).toBeLessThanOrEqual(1);
    db.close();
  });
});
