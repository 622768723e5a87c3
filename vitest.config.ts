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
          // After the unit and integration files, not beside them: the app, its workers and
          // Chromium get both cores instead of sharing them with a dozen test files.
          sequence: { groupOrder: 1 },
          // On a loaded machine a screen can take seconds to answer, which the one-second default
          // of expect.poll mistook for a failure (the journal's first count, once in CI).
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
