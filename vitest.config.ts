import { defineConfig } from 'vitest/config';

/**
 * Three projects, one per kind of test (STYLE.md): pure unit tests, integration tests on real
 * SQLite files, real HTTP and real corpus files, and end-to-end tests in real Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // CI runs the e2e files beside the unit and integration ones on two cores: a screen can
          // take seconds to answer there, which the one-second default of expect.poll mistook for
          // a failure (the journal's first count, once). Polls that expect longer say so.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
