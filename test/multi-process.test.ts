import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { enqueueJob, runDueJobs } from '../src/jobs/queue.ts';
import { startServer } from '../src/server.ts';
import { freshDatabase, type FreshDatabase } from './helpers/databases.ts';
import { ADMIN } from './helpers/scenario.ts';

type Server = Awaited<ReturnType<typeof startServer>>;

/**
 * Time for both servers to start and migrate the empty database at once: measured 3.1 s on the
 * 2-core CI machine at load average 12.5 (other test runs going). 30 s leaves a margin of 9×; the
 * project's default hook timeout is not relied on.
 */
const SERVERS_START_MS = 30_000;

/**
 * Two app processes' worth of servers (each with its own pool, session handling and job worker)
 * on different ports against one PostgreSQL database.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('two servers on one PostgreSQL database', () => {
  let database: FreshDatabase;
  let a: Server;
  let b: Server;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    const config = { ...readConfig({}), databaseUrl: database.databaseUrl, host: '127.0.0.1', port: 0, publicUrl: 'http://127.0.0.1', runJobs: false };
    // Both start (and migrate) at the same moment: Kysely's migration lock must keep that safe.
    [a, b] = await Promise.all([startServer(config), startServer(config)]);
  }, SERVERS_START_MS);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  const url = (s: Server, path: string) => `http://127.0.0.1:${s.port}${path}`;
  const post = (s: Server, path: string, body: unknown, cookie?: string) =>
    fetch(url(s, path), { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });

  it('shares sessions: a sign-in on one server is valid on the other', async () => {
    expect(a.port).not.toBe(b.port);
    expect((await post(a, '/api/setup', ADMIN)).status).toBe(201);
    const signIn = await post(b, '/api/auth/sign-in/email', { email: ADMIN.email, password: ADMIN.password });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

    const created = await post(a, '/api/networks', { name: 'Gedeeld netwerk' }, cookie);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const readOnB = await fetch(url(b, `/api/networks/${id}`), { headers: { cookie } });
    expect(readOnB.status).toBe(200);
    expect(((await readOnB.json()) as { name: string }).name).toBe('Gedeeld netwerk');

    expect((await post(b, '/api/auth/sign-out', {}, cookie)).status).toBe(200);
    expect((await fetch(url(a, '/api/me'), { headers: { cookie } })).status).toBe(401);
  });

  it('runs each durable job exactly once while both servers poll the same table', async () => {
    const total = 40;
    for (let i = 0; i < total; i++) await enqueueJob(a.runtime.deps.db, { kind: 'test.count', payload: { i }, runAt: a.runtime.deps.clock.now() });
    const ranBy = new Map<number, string[]>();
    // A barrier instead of a sleep: every handler waits until jobs are being handled by two workers
    // at once, so the drains overlap however fast or slow the machine is. (Claims that shut the
    // other workers out would keep the barrier closed and fail the test at its timeout.)
    const handling = new Set<string>();
    let openBarrier!: () => void;
    const barrier = new Promise<void>((resolve) => (openBarrier = resolve));
    const handlerFor = (name: string) => ({
      'test.count': async (p: Record<string, unknown>) => {
        handling.add(name);
        if (handling.size >= 2) openBarrier();
        await barrier;
        const i = Number(p.i);
        ranBy.set(i, [...(ranBy.get(i) ?? []), name]);
      },
    });
    const drain = async (s: Server, name: string) => {
      while ((await runDueJobs(s.runtime.deps.db, handlerFor(name), { clock: s.runtime.deps.clock, workerId: name, limit: 3 })) > 0) {
        /* keep claiming until nothing is due */
      }
    };
    await Promise.all([drain(a, 'a'), drain(b, 'b'), drain(a, 'a2'), drain(b, 'b2')]);
    expect(ranBy.size).toBe(total);
    expect([...ranBy.values()].every((runs) => runs.length === 1)).toBe(true);
    const workers = new Set([...ranBy.values()].flat());
    expect(workers.size).toBeGreaterThan(1);
  });
});
