import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { median, type BenchResult } from './report.ts';

const root = path.resolve(import.meta.dirname, '..');

// The flags `npm start` and bin/ketenregie.js run the server with: a small young generation and
// baseline-compiled WebAssembly (PGlite) keep idle memory low and start-up fast.
const SERVE_NODE_FLAGS = ['--max-semi-space-size=2', '--liftoff-only'];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `ketenregie serve` and resolves once /api/health answers, with the time that took. */
async function startServer(dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVE_NODE_FLAGS, 'src/cli.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startupMs = performance.now() - started;
  return {
    port,
    pid: child.pid!,
    startupMs,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Issue 2's targets: start-up with an existing data directory, health latency, idle memory (PGlite). */
export async function benchFoundation(): Promise<BenchResult[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-'));
  try {
    const first = await startServer(dataDir); // creates and migrates the data directory
    await first.stop();

    const startups: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await startServer(dataDir);
      startups.push(s.startupMs);
      await s.stop();
    }

    const server = await startServer(dataDir);
    const url = `http://127.0.0.1:${server.port}/api/health`;
    for (let i = 0; i < 200; i++) await (await fetch(url)).arrayBuffer(); // warm up
    const latencies: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      await (await fetch(url)).arrayBuffer();
      latencies.push(performance.now() - t);
    }
    await new Promise((r) => setTimeout(r, 5000));
    const idle = rssMb(server.pid);
    await server.stop();

    return [
      { name: 'start-up, existing data directory (median of 3)', value: median(startups), unit: 'ms', target: 3000 },
      { name: 'GET /api/health median (2,000 sequential)', value: median(latencies), unit: 'ms', target: 5 },
      { name: 'GET /api/health p95', value: percentile(latencies, 0.95), unit: 'ms' },
      { name: 'idle memory (RSS), PGlite mode', value: idle, unit: 'MB', target: 350 },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
