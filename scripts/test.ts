// `npm test`: the two vitest projects as two processes at the same time, so that both cores work.
//
// The browser tests (`e2e`) run one file at a time and keep about one core busy: their worker
// mostly waits on Chromium and the app's server. The `unit` project (domain, API and process-level
// tests) fills the other core. One vitest process cannot do this: it runs projects with different
// worker counts one after the other (vitest.config.ts), which took 1,133 s in CI where the slower
// project alone takes about half.
//
// Arguments go to both processes (`npm test -- --reporter=dot`, `npm test -- src/domain`); a
// project with no matching file passes. Each process's output is shown as whole lines, prefixed
// with its project when the two run together. The exit code is the first failure's, else 0.
// With test/reporters/slowest-files.ts among the reporters (as .ci/run asks), both projects' 20
// slowest test files are listed together at the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { slowestFilesText, type FileTime } from '../test/reporters/slowest-files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const PROJECTS = ['unit', 'e2e'] as const;

const started = performance.now();
const extra = process.argv.slice(2);
const slowestDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-slowest-'));
const children: ReturnType<typeof spawn>[] = [];

/**
 * Beside the browser tests, which are the longer run, the unit project gets two workers instead of
 * its three when alone: a third worker made it finish sooner but slowed the browser tests more.
 * `--maxWorkers` among the arguments decides instead.
 */
const UNIT_WORKERS_BESIDE_E2E = 2;

function runProject(project: (typeof PROJECTS)[number]): Promise<number> {
  const workers = project === 'unit' && !extra.some((arg) => arg.startsWith('--maxWorkers')) ? [`--maxWorkers=${UNIT_WORKERS_BESIDE_E2E}`] : [];
  const child = spawn(process.execPath, [VITEST, 'run', '--project', project, '--passWithNoTests', ...workers, ...extra], {
    cwd: ROOT,
    env: { ...process.env, SLOWEST_FILES_OUT: path.join(slowestDir, `${project}.json`), FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${project.padEnd(4)} │ ${line}\n`));
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The files both projects' reporters wrote (test/reporters/slowest-files.ts), slowest first. */
function slowestFiles(count: number): string {
  const rows: FileTime[] = [];
  for (const project of PROJECTS) {
    const file = path.join(slowestDir, `${project}.json`);
    if (fs.existsSync(file)) rows.push(...(JSON.parse(fs.readFileSync(file, 'utf8')) as FileTime[]));
  }
  rows.sort((a, b) => b.total - a.total);
  return `${slowestFilesText(rows, count)}\n`;
}

// Stopping npm test stops both runs (and through them their workers, browsers and servers).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
const codes = await Promise.all(PROJECTS.map(runProject));
if (fs.readdirSync(slowestDir).length > 0) process.stdout.write(slowestFiles(20));
fs.rmSync(slowestDir, { recursive: true, force: true });
const failed = PROJECTS.filter((_, i) => codes[i] !== 0);
process.stdout.write(`\nnpm test: ${((performance.now() - started) / 1000).toFixed(1)} s; ${failed.length ? `failed: ${failed.join(', ')}` : 'both projects passed'}\n`);
process.exit(codes.find((code) => code !== 0) ?? 0);
