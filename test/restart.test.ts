import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { lockOwnerIsGone } from '../src/db/database.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-restart-'));
// The first start begins on a copy of the run's migrated database: what is timed is the restart, not initdb.
const migrated = inject('pgliteTemplate');
if (migrated) fs.cpSync(migrated, path.join(dataDir, 'pgdata'), { recursive: true });
// The 2 s target of issue 13 is timed by `npm run bench -- restart` on a quiet machine. Here, with
// the other test workers busy on two cores, a restart was measured at 2.1–3.2 s (16.9 s at load
// 13); the limit proves the takeover is immediate rather than a wait for the lock to go stale
// (15 s, see db/database.ts): a restart that waited would serve after 15 s plus its start-up, so
// any limit under 15 s proves it. 14 s leaves the most room for a busy machine: beside the browser
// tests (npm test runs both projects at once) one CI run measured 12.8 s.
const RESTART_LIMIT_MS = Number(process.env.RESTART_LIMIT_MS ?? 14_000);
const ADMIN = { name: 'Rika Herstart', email: 'rika@ketenregie.test', password: 'herstart-wachtwoord-1' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function serve(port: number) {
  const child = spawn(process.execPath, ['src/cli.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  return { child, exited, output: () => output };
}

/** Polls the health route until it answers 200; returns the milliseconds that took. */
async function untilServing(port: number, limitMs: number): Promise<number> {
  const start = performance.now();
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return performance.now() - start;
    } catch {
      // not listening yet
    }
    if (performance.now() - start > limitMs) throw new Error(`not serving within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the embedded database lock', () => {
  it('counts an owner as gone only when its process on this host no longer exists', () => {
    const here = { pid: process.pid, hostname: os.hostname() };
    const finished = spawnSync(process.execPath, ['-e', '0']).pid!;
    expect(lockOwnerIsGone({ pid: finished, hostname: here.hostname }, here)).toBe(true);
    expect(lockOwnerIsGone({ pid: process.ppid, hostname: here.hostname }, here)).toBe(false);
    expect(lockOwnerIsGone({ pid: finished, hostname: 'elders' }, here)).toBe(false);
    expect(lockOwnerIsGone(null, here)).toBe(false);
    // An earlier life of this very process id (PID 1 in a container after a restart).
    expect(lockOwnerIsGone({ pid: here.pid, hostname: here.hostname }, here)).toBe(true);
  });
});

describe('restart after kill -9 (PGlite)', () => {
  const children: ReturnType<typeof serve>[] = [];
  afterAll(() => {
    for (const c of children) c.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes over the dead process\'s lock at once and serves again with every acknowledged write', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const first = serve(port);
    children.push(first);
    await untilServing(port, 60_000);
    const setup = await fetch(`${origin}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(ADMIN) });
    expect(setup.status).toBe(201);
    const cookie = setup.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const headers = { 'content-type': 'application/json', origin, cookie };

    // Four writers create networks until the server dies; a 201 is an acknowledged write.
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `Netwerk ${w}-${i}`;
        try {
          const res = await fetch(`${origin}/api/networks`, { method: 'POST', headers, body: JSON.stringify({ name }) });
          if (res.status === 201) acknowledged.push(name);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    stop = true;
    await first.exited;
    await Promise.all(writers);
    expect(fs.existsSync(path.join(dataDir, 'ketenregie.lock'))).toBe(true);

    const second = serve(port);
    children.push(second);
    const startupMs = await untilServing(port, 30_000).catch((err: Error) => {
      throw new Error(`${err.message}: ${second.output()}`);
    });
    console.info(`restart after kill -9: serving after ${Math.round(startupMs)} ms, ${acknowledged.length} acknowledged writes`);
    expect(startupMs).toBeLessThan(RESTART_LIMIT_MS);
    expect(second.output()).toMatch(/Taking over the lock/);

    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await fetch(`${origin}/api/networks?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { name: string }[]; nextCursor: string | null };
      names.push(...page.items.map((n) => n.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(acknowledged.filter((n) => !names.includes(n))).toEqual([]);

    // A live owner still refuses, with the clear message.
    const third = serve(await freePort());
    children.push(third);
    expect(await third.exited).toBe(1);
    expect(third.output()).toMatch(/in use by another Ketenregie process/);
  }, 120_000);
});
