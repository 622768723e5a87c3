import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import type { EmulatedEngine } from '../../../main/publish/emulator/fault-injection.js';
import { createProfile, createWorld, request, waitFor, writeVettedCsv } from './support/publish-fixture.js';

const SCRIPT = path.resolve('test/integration/publish/support/outbox-process.ts');

let emulator: PortalEmulator;
beforeAll(async () => {
  emulator = await startPortalEmulator();
});
afterAll(async () => {
  await emulator.stop();
});

/** Starts the outbox in a child process; its output is collected line by line. */
function child(args: string[]) {
  const process_ = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  process_.stdout.on('data', (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  process_.stderr.on('data', (chunk: Buffer) => output.push(`stderr: ${chunk.toString('utf8')}`));
  const exited = new Promise<number | null>((resolve) => process_.on('exit', (code) => resolve(code)));
  return { process: process_, output, exited };
}

describe.each([
  ['opendatasoft', 'ods', '/resources/files/$'],
  ['udata', 'udata', '/upload/$'],
  ['ckan', 'ckan', 'resource_create$'],
] as const)('kill -9 during the upload to %s', (engine, emulated, uploadPath) => {
  it('the next start on the same database completes the publication once', async () => {
    emulator.reset();
    const world = createWorld();
    try {
      const profileId = await createProfile(world, emulator, engine);
      const file = writeVettedCsv(world.dir, 'equipements.csv', 4_000);
      const requestFile = path.join(world.dir, 'request.json');
      fs.writeFileSync(requestFile, JSON.stringify(request(profileId, file)));
      emulator.faults.add({ fault: 'stall-body', engine: emulated as EmulatedEngine, method: 'POST', path: uploadPath, stallAfterBytes: 16_384 });

      const first = child([world.dir, requestFile, '30000']);
      await waitFor(() => emulator.state.stalledUploads > 0, 30_000, 'the upload to start');
      first.process.kill('SIGKILL');
      expect(await first.exited).toBeNull();
      expect(first.output.some((line) => line.startsWith('enqueued'))).toBe(true);
      expect(first.output.some((line) => line.startsWith('settled'))).toBe(false);
      emulator.faults.clear();

      const second = child([world.dir, '-', '2000']);
      expect(await second.exited).toBe(0);
      expect(second.output.find((line) => line.startsWith('settled'))).toBe('settled published -');
      const summary = emulator.summary();
      const datasets = engine === 'opendatasoft' ? summary.ods : engine === 'udata' ? summary.udata : summary.ckan;
      expect(datasets).toHaveLength(1);
      const resources = datasets[0]?.resources;
      expect(typeof resources === 'number' ? resources : resources?.length).toBe(1);
      if (engine === 'opendatasoft') expect(summary.ods[0]?.rows).toBe(4_000);
    } finally {
      world.dispose();
    }
  });
});
