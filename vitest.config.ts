import { defineConfig } from 'vitest/config';

/**
 * Two projects, which `npm test` (scripts/test.ts) runs as two vitest processes at the same time on
 * the 2-core CI machine:
 * 1. `unit` (domain, API and process-level tests): 3 workers when it runs alone; npm test gives it
 *    2 beside the browser tests (scripts/test.ts: CI 765 s instead of 802 s). The process-level
 *    tests (test/cli.test.ts, test/multi-process.test.ts) have timeouts measured under 3 workers,
 *    so they cannot be starved into failing. `--maxWorkers=N` on the command line sets this number.
 * 2. `e2e` (browser tests): one file at a time, each with its own server; the files of a worker
 *    share one Chromium (test/e2e/harness.ts). Its worker mostly waits on the browser and the
 *    server, about one core. E2E_MAX_WORKERS=2 runs two files at a time. (Two at a time once lost
 *    navigation clicks: the header grew when the network switcher's chunk arrived and moved the
 *    navigation under the pointer; it no longer does, see test/e2e/phone-menu.test.ts.) Vitest's
 *    --maxWorkers does not reach a project that sets its own count: use E2E_MAX_WORKERS.
 * Run in one vitest process (`npx vitest run`), the projects go one after the other (groupOrder):
 * vitest runs projects with different worker counts in separate groups.
 * Files are queued slowest first (vitest's cache of earlier durations), so long files do not end
 * up alone at the end.
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
