import { defineConfig } from 'vitest/config';

/**
 * Two projects, which `npm test` (`vitest run`) runs one after the other (groupOrder), each on two
 * workers, so that each keeps both cores of the CI machine busy without starving the other.
 * Measured on the 2-core machine with nothing else running (total CPU from /proc/stat):
 * - `unit` (domain, API on PGlite and PostgreSQL, process-level tests): 176 s on 2 workers, using
 *   311 s of CPU (88 % of both cores, PostgreSQL included).
 * - `e2e` (browser tests): 372 s on 1 worker, using 534 s of CPU (72 %: Chromium renders on the
 *   CPU); 271 s on 2 workers (95 %).
 * - The two projects at the same time as two processes (unit on 2 workers, e2e on 1), as npm test
 *   ran them before: 737–802 s in CI. With four workers and their browsers on two cores, the
 *   browser tests, which wait on every step, were slowed far more than the overlap saved.
 * `--maxWorkers=N` on the command line sets the unit workers; E2E_MAX_WORKERS the browser workers
 * (vitest's --maxWorkers does not reach a project that sets its own count).
 * Within a project, files are queued slowest first (vitest's cache of earlier durations), so long
 * files do not end up alone at the end.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
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
          // Each file has its own server; a worker's files share one Chromium (test/e2e/harness.ts).
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts', 'test/helpers/global-setup-pglite.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          maxWorkers: Number(process.env.E2E_MAX_WORKERS) || 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
