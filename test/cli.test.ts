import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-cli-'));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(predicate: () => boolean, ms = 30_000) {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
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
  });

  it('serves, refuses a second process on the same data directory, and closes cleanly on SIGTERM', async () => {
    const port = await freePort();
    const first = run(['serve'], { PORT: String(port) });
    children.push(first.child);
    await waitFor(() => first.output().includes('listens on'));
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });

    const second = run(['serve'], { PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another Ketenregie process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'ketenregie.lock'))).toBe(false);
  });

  it('migrates and creates an administrator after a clean stop, keeping the data', async () => {
    const migrate = run(['migrate'], {});
    expect(await migrate.exited).toBe(0);
    expect(migrate.output()).toMatch(/up to date/);
    const admin = run(['create-admin', '--name', 'Bea Beheer', '--email', 'bea@ketenregie.test', '--password', 'bea-wachtwoord-1'], {});
    expect(await admin.exited).toBe(0);
    const weak = run(['create-admin', '--name', 'X', '--email', 'x@ketenregie.test', '--password', 'kort'], {});
    expect(await weak.exited).toBe(2);

    const port = await freePort();
    const server = run(['serve'], { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    children.push(server.child);
    await waitFor(() => server.output().includes('listens on'));
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
  });

  it('loads the example network for the first administrator, or for --email, and says so when the account is unknown', async () => {
    const demo = run(['demo'], {});
    expect(await demo.exited).toBe(0);
    expect(demo.output()).toMatch(/Example network "Crisisroute Jeugd Regio Noord" loaded .*10 partners.*coordinator bea@ketenregie\.test/);
    const unknown = run(['demo', '--email', 'niemand@ketenregie.test'], {});
    expect(await unknown.exited).toBe(1);
    expect(unknown.output()).toMatch(/no account with the e-mail address niemand@ketenregie\.test/);
  });
});
