import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/app-core.js';
import { createAppCore } from '../../../main/app-core.js';

const context = { host: 'web' as const };
const cores: AppCore[] = [];

function core(dataDir: string): AppCore {
  const created = createAppCore({ host: 'web', dataDir, reportBug: (method, error) => { throw new Error(`bug in ${method}: ${String(error)}`); } });
  cores.push(created);
  return created;
}

afterEach(async () => {
  for (const each of cores.splice(0)) await each.close();
});

describe('the app core on a real database', () => {
  it('creates its database in the data folder and answers calls', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-core-'));
    const app = core(dataDir);
    await expect(app.dispatch('app:info', {}, context)).resolves.toMatchObject({ ok: true, value: { host: 'web', locale: 'fr' } });
    await expect(app.dispatch('app:set-locale', { locale: 'en' }, context)).resolves.toMatchObject({ ok: true, value: { locale: 'en' } });
    await expect(app.dispatch('files:recent', {}, context)).resolves.toEqual({ ok: true, value: [] });
    expect(fs.existsSync(path.join(dataDir, 'atelier.sqlite'))).toBe(true);
  });

  it('says the database is damaged, lists backups, restores one and works again', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-core-'));
    const first = core(dataDir);
    await first.dispatch('app:set-locale', { locale: 'en' }, context);
    await first.close();
    cores.splice(cores.indexOf(first), 1);
    const backupsDir = path.join(dataDir, 'backups');
    expect(fs.readdirSync(backupsDir).length).toBeGreaterThan(0);

    const file = path.join(dataDir, 'atelier.sqlite');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 100, Math.min(bytes.length, 8192));
    fs.writeFileSync(file, bytes);
    fs.rmSync(`${file}-wal`, { force: true });

    const damaged = core(dataDir);
    await expect(damaged.dispatch('files:recent', {}, context)).resolves.toMatchObject({ ok: false, error: { code: 'db.corrupt' } });
    await expect(damaged.dispatch('app:info', {}, context)).resolves.toMatchObject({ ok: true });
    const backups = await damaged.dispatch('history:backups', {}, context);
    expect(backups.ok).toBe(true);
    const list = (backups as { ok: true; value: { fileName: string }[] }).value;
    expect(list.length).toBeGreaterThan(0);
    const restored = await damaged.dispatch('history:restore-backup', { fileName: list[0]?.fileName ?? '' }, context);
    expect(restored).toMatchObject({ ok: true });
    await expect(damaged.dispatch('files:recent', {}, context)).resolves.toEqual({ ok: true, value: [] });
    await expect(damaged.dispatch('app:info', {}, context)).resolves.toMatchObject({ ok: true, value: { locale: 'en' } });
  });
});
