import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('setup and bad input (%s)', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  const userCount = async () =>
    Number((await app.runtime.deps.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('reports health and the database mode', async () => {
    const res = await app.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: kind, version: expect.any(String) });
  });

  it('refuses broken JSON, wrong types, unknown fields, other media types and huge bodies without writing', async () => {
    const c = app.client();
    const broken = await c.request('POST', '/api/setup', '{"name": "Anna",');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('validation_failed');

    const wrongTypes = await c.post('/api/setup', { name: 42, email: 'not-an-email', password: 'short' });
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.body.error.code).toBe('validation_failed');
    expect(wrongTypes.body.error.details.map((d: { path: string[] }) => d.path[0]).sort()).toEqual(['email', 'name', 'password']);

    const unknownField = await c.post('/api/setup', { ...ADMIN, isAdmin: true });
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.body.error.details)).toContain('isAdmin');

    const form = await c.request('POST', '/api/setup', 'name=Anna', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe('unsupported_media_type');

    const huge = await c.post('/api/setup', { ...ADMIN, name: 'x'.repeat(1024 * 1024 + 10) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');

    expect(await userCount()).toBe(0);
    expect((await c.get('/api/setup')).body).toEqual({ setUp: false });
  });

  it('creates the first administrator once, signed in at once', async () => {
    const admin = app.client();
    const res = await admin.post('/api/setup', ADMIN);
    expect(res.status).toBe(201);
    expect(admin.signedIn).toBe(true);
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await admin.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { name: ADMIN.name, email: ADMIN.email }, isAdmin: true, roles: [] });
    expect((await admin.get('/api/setup')).body).toEqual({ setUp: true });

    const again = await app.client().post('/api/setup', { ...ADMIN, email: 'tweede@ketenregie.test' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(await userCount()).toBe(1);
  });

  it('answers an unknown API route with a JSON 404 and the anonymous caller of /api/me with 401', async () => {
    const c = app.client();
    const missing = await c.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const me = await c.get('/api/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthenticated');
  });
});
