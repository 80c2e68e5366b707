import { defineConfig } from 'vitest/config';

/**
 * Workers on the 2-core CI machine, in two groups that run one after the other:
 * 1. `unit` (domain, API and process-level tests): 3 workers. The API tests mostly wait on PGlite
 *    and PostgreSQL, so three keep both cores busy; the process-level tests (test/cli.test.ts,
 *    test/multi-process.test.ts) have timeouts measured under that load, so they cannot be starved
 *    into failing. `--maxWorkers=N` on the command line sets this number.
 * 2. `e2e` (browser tests): one file at a time, with its own server and its own Chromium. Two at
 *    a time (E2E_MAX_WORKERS=2) saves about a minute, but in 2 of 2 full runs on two cores a click
 *    on a navigation link then did not navigate within 30 s (agreements, availability); until that
 *    is understood, one at a time. Vitest's --maxWorkers does not reach a project that sets its
 *    own count: use E2E_MAX_WORKERS.
 * Both groups' files are queued slowest first (vitest's cache of earlier durations), so long files
 * do not end up alone at the end of a group.
 */
export default defineConfig({
  test: {
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // A worker keeps the modules it imported for its next file instead of importing the app
          // again for each (about 2 s of CPU per file). No test mocks modules or stubs globals, and
          // every file builds its own app on its own database copy, so nothing carries over.
          isolate: false,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          // Migrates one PGlite and one PostgreSQL database per run; each API test file starts on a copy.
          globalSetup: ['test/helpers/global-setup-databases.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          // As for `unit`: the server, Playwright and axe are imported once per worker, not per file.
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts', 'test/helpers/global-setup-pglite.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          maxWorkers: Number(process.env.E2E_MAX_WORKERS) || 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
