import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the run's slowest test files after vitest's own summary: the wall time of each file in
 * its worker (import, set-up and tests), with its project, so the cost of the suite stays visible.
 * Used by .ci/run next to the default reporter.
 */
/** One test file's wall time in its worker, and the parts of it. */
export interface FileTime {
  file: string;
  project: string;
  total: number;
  tests: number;
  collect: number;
}

/** The `count` slowest of `rows` (sorted slowest first), one line each. */
function slowestFilesText(rows: readonly FileTime[], count: number): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
  const lines = rows.slice(0, count).map((r) => `${seconds(r.total)}  (tests ${seconds(r.tests).trim()}, import ${seconds(r.collect).trim()})  ${r.project ? `[${r.project}] ` : ''}${r.file}`);
  return `\nThe ${Math.min(count, rows.length)} slowest of ${rows.length} test files (wall time in their worker):\n${lines.join('\n')}`;
}

export default class SlowestFilesReporter implements Reporter {
  private readonly count: number;
  private started = performance.now();

  constructor(options: { count?: number } = {}) {
    this.count = options.count ?? 20;
  }

  onTestRunStart(): void {
    this.started = performance.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows: FileTime[] = testModules.map((module) => {
      const d = module.diagnostic();
      const total = d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
      return { file: path.relative(process.cwd(), module.moduleId), project: module.project.name, total, tests: d.duration, collect: d.collectDuration };
    });
    rows.sort((a, b) => b.total - a.total);
    // All files as JSON for measuring the suite, e.g. SLOWEST_FILES_OUT=/tmp/times.json npm test.
    if (process.env.SLOWEST_FILES_OUT) fs.writeFileSync(process.env.SLOWEST_FILES_OUT, JSON.stringify(rows));
    const wall = (performance.now() - this.started) / 1000;
    console.log(slowestFilesText(rows, this.count));
    console.log(`Vitest run: ${wall.toFixed(1)} s wall time.\n`);
  }
}
