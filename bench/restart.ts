import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './bench-database.ts';
import { median, type BenchResult } from './report.ts';

// Issue 13: after kill -9 of a PGlite server, a restart serves within 2 s (the lock of the dead
// process is taken over at once). Measured three times on a data directory with a real admin.

const root = path.resolve(import.meta.dirname, '..');
const ADMIN = { name: 'Bram Bench', email: 'bram@ketenregie.test', password: 'bench-wachtwoord-1' };

function serve(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['src/cli.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited };
}

async function untilServing(port: number): Promise<number> {
  const start = performance.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200) return performance.now() - start;
    } catch {
      // not listening yet
    }
    if (performance.now() - start > 120_000) throw new Error('not serving within 120 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function benchRestart(): Promise<BenchResult[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-restart-'));
  const port = await freePort();
  const times: number[] = [];
  try {
    let server = serve(dataDir, port);
    await untilServing(port);
    const origin = `http://127.0.0.1:${port}`;
    await fetch(`${origin}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(ADMIN) });
    for (let i = 0; i < 3; i++) {
      server.child.kill('SIGKILL');
      await server.exited;
      server = serve(dataDir, port);
      times.push(await untilServing(port));
    }
    server.child.kill('SIGTERM');
    await server.exited;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return [
    { name: 'PGlite restart after kill -9, median of 3', value: median(times), unit: 'ms', target: 2_000 },
    { name: 'PGlite restart after kill -9, slowest of 3', value: Math.max(...times), unit: 'ms' },
  ];
}
