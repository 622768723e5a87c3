import { afterAll, beforeAll, describe, it } from 'vitest';
import type { PortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { startPortalEmulator } from '../../../main/publish/emulator/portal-emulator.js';
import { ALL_FAULTS, MATRIX_STEPS, runMatrixCell } from './support/fault-matrix.js';

let emulator: PortalEmulator;
beforeAll(async () => {
  emulator = await startPortalEmulator();
});
afterAll(async () => {
  await emulator.stop();
});

describe('fault matrix: ckan', () => {
  for (const step of MATRIX_STEPS.ckan) {
    it.each(ALL_FAULTS)(`${step.step}: %s ends published exactly once or failed in French`, async (fault) => {
      await runMatrixCell(emulator, 'ckan', step, fault);
    });
  }
});
