import net from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { databaseErrorStatus } from '../src/http/errors.ts';
import { findBadText } from '../src/http/input-guard.ts';
import { startServer } from '../src/server.ts';
import { freshDatabase, testDatabases, type FreshDatabase } from './helpers/databases.ts';
import { createNetwork, setUpAdmin } from './helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

describe('findBadText', () => {
  it('names the path of a NUL, an unpaired surrogate or a bad key, and lets good text pass', () => {
    expect(findBadText({ a: ['ok', { b: 'x\u0000y' }] })?.path).toEqual(['a', 1, 'b']);
    expect(findBadText({ a: '\uD800' })?.path).toEqual(['a']);
    expect(findBadText({ a: 'x\uDC00' })?.path).toEqual(['a']);
    expect(findBadText({ ['k\u0000']: 1 })?.path).toEqual(['k\u0000']);
    expect(findBadText({ a: 'Zorg 🙂 ë', b: [1, null, true] })).toBeNull();
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(findBadText(deep)?.message).toMatch(/deeper/);
  });
});

describe.each(testDatabases)('bad input never reaches the database as a 500 (%s)', (kind) => {
  let app: TestApp;
  let admin: TestClient;
  let networkId: string;
  const rows = async () => Number((await sql<{ n: number }>`select (select count(*) from networks) + (select count(*) from audit_events) as n`.execute(app.runtime.deps.db)).rows[0]!.n);
  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = await setUpAdmin(app);
    networkId = await createNetwork(admin);
  });
  afterAll(() => app?.close());

  it('answers a NUL or an unpaired surrogate in any text with 400 naming the field, and writes nothing', async () => {
    const before = await rows();
    for (const [method, url, body, field] of [
      ['POST', '/api/networks', { name: 'a\u0000b' }, 'name'],
      ['POST', '/api/networks', { name: 'a\uD83Db' }, 'name'],
      ['POST', `/api/networks/${networkId}/stories`, { title: 'Goed', body: 'x\u0000' }, 'body'],
      ['POST', `/api/networks/${networkId}/differences`, { title: '\u0000' }, 'title'],
      ['PATCH', `/api/networks/${networkId}`, { name: 'ok', baseVersion: 1, extra: { deeper: ['\u0000'] } }, 'extra'],
    ] as const) {
      const res = await admin.request(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details[0].path[0]).toBe(field);
    }
    const query = await admin.get(`/api/networks/${networkId}/stories?tag=a%00b`);
    expect(query.status).toBe(400);
    expect(query.body.error.details[0].path).toEqual(['query', 'tag']);
    const signIn = await app.client().post('/api/auth/sign-in/email', { email: 'x\u0000@example.org', password: 'whatever-1234' });
    expect(signIn.status).toBe(400);
    expect(await rows()).toBe(before);
  });

  it('answers JSON nested too deep for the parser with 400', async () => {
    const res = await admin.request('POST', '/api/networks', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(res.status).toBe(400);
  });

  it('maps the database errors bad input can cause to 4xx', async () => {
    const db = app.runtime.deps.db;
    const failing = async (query: Promise<unknown>) => query.then(() => null, (err: unknown) => err);
    expect(databaseErrorStatus(await failing(sql`select ${'a\u0000b'}::text`.execute(db)))).toMatchObject({ code: 'validation_failed' });
    expect(databaseErrorStatus(await failing(sql`select 'nope'::uuid`.execute(db)))).toMatchObject({ code: 'validation_failed' });
    expect(databaseErrorStatus(await failing(sql`select 99999999999::int4`.execute(db)))).toMatchObject({ code: 'validation_failed' });
    expect(databaseErrorStatus(await failing(sql`insert into networks (id, name) values (gen_random_uuid(), null)`.execute(db)))).toMatchObject({ code: 'validation_failed' });
    expect(databaseErrorStatus(await failing(sql`select repeat('x', 1100000000)`.execute(db)))).toMatchObject({ code: 'payload_too_large' });
    expect(databaseErrorStatus(new Error('boom'))).toBeNull();
  });
});

/** Sends raw HTTP/1.1 on one socket and collects everything until the server closes it. */
function rawExchange(port: number, request: Buffer): Promise<{ text: string; closedCleanly: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('end', () => resolve({ text, closedCleanly: true }));
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' ? resolve({ text, closedCleanly: false }) : reject(err)));
    socket.setTimeout(10_000, () => reject(new Error('no answer within 10 s')));
    socket.write(request);
  });
}

describe('an oversized body on a real server', () => {
  let stop: () => Promise<void>;
  let port: number;
  let database: FreshDatabase;
  beforeAll(async () => {
    // A copy of the run's migrated database: the server starts without initdb and migrations.
    database = await freshDatabase('pglite', { migrated: true });
    const server = await startServer({ ...readConfig({}), dataDir: database.dataDir, databaseUrl: undefined, port: 0, host: '127.0.0.1', runJobs: false, publicUrl: 'http://127.0.0.1' });
    port = server.port;
    stop = server.stop;
  });
  afterAll(async () => {
    await stop?.();
    await database?.drop();
  });

  it('gets 413 with Connection: close, a clean close, and the next request on a new connection works', async () => {
    const body = Buffer.from(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }));
    const head = `POST /api/networks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n`;
    for (let i = 0; i < 3; i++) {
      const { text, closedCleanly } = await rawExchange(port, Buffer.concat([Buffer.from(head), body]));
      expect(text).toMatch(/^HTTP\/1\.1 413 /);
      expect(text).toMatch(/\r\nconnection: close\r\n/i);
      expect(text).toContain('payload_too_large');
      expect(closedCleanly).toBe(true);
    }
    // fetch keeps connections alive; after the 413 it must open a new one and be answered.
    const big = await fetch(`http://127.0.0.1:${port}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(big.status).toBe(413);
    expect(big.headers.get('connection')).toBe('close');
    const next = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(next.status).toBe(200);
  });
});
