import { createHmac } from 'node:crypto';
import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifiedSessionToken } from '../auth/session-lookup.ts';
import { testDatabases } from '../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test/helpers/test-app.ts';

describe('verifiedSessionToken', () => {
  const secret = 'een-geheim-van-minstens-tweeëndertig-tekens';
  const signed = (token: string, key = secret) => `${token}.${createHmac('sha256', key).update(token).digest('base64')}`;

  it('gives the token of a cookie signed with the secret, and null for any other', () => {
    expect(verifiedSessionToken(signed('abc123'), secret)).toBe('abc123');
    expect(verifiedSessionToken(signed('abc123', 'een ander geheim'), secret)).toBeNull();
    expect(verifiedSessionToken(signed('abc123').replace('abc123', 'abc124'), secret)).toBeNull();
    expect(verifiedSessionToken('abc123', secret)).toBeNull();
    expect(verifiedSessionToken(`abc123.${'A'.repeat(43)}=`, secret)).toBeNull();
  });
});

describe.each(testDatabases)('the session and role of a request (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let person: TestClient;
  let personId: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    const partnerId = await addPartner(app, networkId, 'Jeugdzorg Noord');
    person = await invitePerson(app, coordinator, networkId, { name: 'Pim Partner', email: 'pim@example.test', role: 'representative', partnerId });
    personId = (await person.get('/api/me')).body.user.id;
  });
  afterAll(() => app?.close());

  /** The statements the app sends while `run` runs. */
  async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
    const executor = app.runtime.deps.db.getExecutor();
    const spy = vi.spyOn(executor, 'executeQuery');
    try {
      await run();
      return spy.mock.calls.map(([query]) => (query as CompiledQuery).sql);
    } finally {
      spy.mockRestore();
    }
  }

  it('reads the session, the person and their role in the network in one statement', async () => {
    const statements = await statementsOf(async () => expect((await person.get(`/api/networks/${networkId}`)).status).toBe(200));
    const sessions = statements.filter((s) => s.includes('"sessions"'));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatch(/"sessions".*"users".*"network_members"/s);
    // The network-role middleware's own lookup is not needed then.
    expect(statements.filter((s) => /^select "role", "partner_id" from "network_members"/.test(s))).toEqual([]);
  });

  it('answers 404 for a network the person holds no role in, and for one they just lost', async () => {
    const other = await createNetwork(coordinator, 'Netwerk Zuid');
    expect((await person.get(`/api/networks/${other}`)).status).toBe(404);
    const partners = await person.get(`/api/networks/${networkId}/partners`);
    expect(partners.status).toBe(200);
    const membership = await app.runtime.deps.db.selectFrom('network_members').selectAll().where('network_id', '=', networkId).where('user_id', '=', personId).executeTakeFirstOrThrow();
    await app.runtime.deps.db.deleteFrom('network_members').where('id', '=', membership.id).execute();
    try {
      expect((await person.get(`/api/networks/${networkId}/partners`)).status).toBe(404);
    } finally {
      await app.runtime.deps.db.insertInto('network_members').values(membership).execute();
    }
    expect((await person.get(`/api/networks/${networkId}/partners`)).status).toBe(200);
  });

  it('refuses a cookie whose signature does not match, and a session that was revoked', async () => {
    const forged = app.client();
    const session = await app.runtime.deps.db.selectFrom('sessions').select('token').where('user_id', '=', personId).executeTakeFirstOrThrow();
    const fakeSignature = createHmac('sha256', 'niet het geheim').update(session.token).digest('base64');
    const res = await forged.request('GET', '/api/me', undefined, { cookie: `ketenregie.session_token=${encodeURIComponent(`${session.token}.${fakeSignature}`)}` });
    expect(res.status).toBe(401);

    const revoked = await invitePerson(app, coordinator, networkId, { name: 'Rik Weg', email: 'rik@example.test', role: 'observer' });
    expect((await revoked.get('/api/me')).status).toBe(200);
    const rik = await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'rik@example.test').executeTakeFirstOrThrow();
    await app.runtime.deps.db.deleteFrom('sessions').where('user_id', '=', rik.id).execute();
    expect((await revoked.get('/api/me')).status).toBe(401);
    expect((await revoked.get(`/api/networks/${networkId}`)).status).toBe(401);
  });

  it("leaves an expired session and a session's sliding refresh to better-auth", async () => {
    const db = app.runtime.deps.db;
    const tess = await invitePerson(app, coordinator, networkId, { name: 'Tess Termijn', email: 'tess@example.test', role: 'observer' });
    const user = await db.selectFrom('users').select('id').where('email', '=', 'tess@example.test').executeTakeFirstOrThrow();
    // Older than better-auth's updateAge (one day of seven): the request succeeds and the session gets a new week.
    const inSixDays = new Date(Date.now() + 6 * 86_400_000 - 60_000);
    await db.updateTable('sessions').set({ expires_at: inSixDays }).where('user_id', '=', user.id).execute();
    expect((await tess.get(`/api/networks/${networkId}`)).status).toBe(200);
    const refreshed = await db.selectFrom('sessions').select('expires_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(refreshed.expires_at.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);

    // Expired: 401, and better-auth deletes the session.
    await db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1_000) }).where('user_id', '=', user.id).execute();
    expect((await tess.get(`/api/networks/${networkId}`)).status).toBe(401);
    expect(await db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
  });
});
