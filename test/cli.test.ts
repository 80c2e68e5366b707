import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-cli-'));
// Node's compile cache, shared by this file's processes: the second and later starts skip
// compiling src/ (measured: `--help` 5.8 s without, 2.8–3.7 s with, at load average 12–14).
const compileCache = path.join(os.tmpdir(), 'ketenregie-cli-test-compile-cache');

/**
 * The longest one process of this file may take to start and finish its work (or, for `serve`, to
 * print "listens on"). Measured on the 2-core CI machine with four other test runs going (load
 * average 14–16), with the flags below: `--help` 4.7 s, `migrate` on a new directory (initdb and
 * every migration) 20.9 s, on a migrated one 9.0 s, `create-admin` 5.2 s, `serve` 8.1 s. The slowest
 * of those with a margin of more than 2×: 45 s. A test gets this per process it starts one after
 * another, so a busy machine makes it slower but not failing.
 */
const PROCESS_START_MS = 45_000;
const forStarts = (starts: number) => starts * PROCESS_START_MS;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Runs the command as bin/ketenregie.js does (Node 24, same flags), without the extra wrapper process. */
function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--max-semi-space-size=2', '--liftoff-only', 'src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, NODE_COMPILE_CACHE: compileCache, DATABASE_URL: '', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (d: Buffer) => {
    output += d.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  // 'close', not 'exit': by then stdout and stderr are read to the end, so output() is complete.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  /** Resolves when the output contains `text`; fails when the process exits first or takes longer than one start. */
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!output.includes(text)) return;
        done();
        resolve();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no "${text}" within ${PROCESS_START_MS} ms; output so far:\n${output}`));
      }, PROCESS_START_MS);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then((code) => {
        if (!listeners.has(check)) return;
        done();
        reject(new Error(`exited with ${code} before printing "${text}"; output:\n${output}`));
      });
      check();
    });
  return { child, exited, printed, output: () => output };
}

describe('the ketenregie command (PGlite mode)', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints its help', async () => {
    const help = run(['--help'], {});
    expect(await help.exited).toBe(0);
    expect(help.output()).toMatch(/serve[\s\S]*migrate[\s\S]*create-admin/);
  }, forStarts(1));

  it('serves, refuses a second process on the same data directory, and closes cleanly on SIGTERM', async () => {
    const port = await freePort();
    const first = run(['serve'], { PORT: String(port) });
    children.push(first.child);
    await first.printed('listens on');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });

    const second = run(['serve'], { PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another Ketenregie process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'ketenregie.lock'))).toBe(false);
  }, forStarts(2));

  it('migrates and creates an administrator after a clean stop, keeping the data', async () => {
    // A weak password is refused before the data directory is opened, so that check runs alongside.
    const weak = run(['create-admin', '--name', 'X', '--email', 'x@ketenregie.test', '--password', 'kort'], {});
    const migrate = run(['migrate'], {});
    expect(await migrate.exited).toBe(0);
    expect(migrate.output()).toMatch(/up to date/);
    const admin = run(['create-admin', '--name', 'Bea Beheer', '--email', 'bea@ketenregie.test', '--password', 'bea-wachtwoord-1'], {});
    expect(await admin.exited).toBe(0);
    expect(await weak.exited).toBe(2);

    const port = await freePort();
    const server = run(['serve'], { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    children.push(server.child);
    await server.printed('listens on');
    const setup = await fetch(`http://127.0.0.1:${port}/api/setup`);
    expect(await setup.json()).toEqual({ setUp: true });
    const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ email: 'bea@ketenregie.test', password: 'bea-wachtwoord-1' }),
    });
    expect(signIn.status).toBe(200);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  }, forStarts(3));

  it('loads the example network for the first administrator, or for --email, and says so when the account is unknown', async () => {
    const demo = run(['demo'], {});
    expect(await demo.exited).toBe(0);
    expect(demo.output()).toMatch(/Example network "Crisisroute Jeugd Regio Noord" loaded .*10 partners.*coordinator bea@ketenregie\.test/);
    const unknown = run(['demo', '--email', 'niemand@ketenregie.test'], {});
    expect(await unknown.exited).toBe(1);
    expect(unknown.output()).toMatch(/no account with the e-mail address niemand@ketenregie\.test/);
  }, forStarts(2));
});
