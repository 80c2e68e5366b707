import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('accounts and sessions (%s)', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind, { signInLimitPerMinute: 5 });
    await setUpAdmin(app);
  });
  afterAll(() => app?.close());

  it('signs in and out with a session kept in the database', async () => {
    const c = app.client();
    const res = await c.signIn(ADMIN.email, ADMIN.password);
    expect(res.status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(200);
    const sessions = await app.runtime.deps.db.selectFrom('sessions').select('id').execute();
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect((await c.post('/api/auth/sign-out', {})).status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('refuses a wrong password and sign-up outside an invitation', async () => {
    const c = app.client();
    expect((await c.signIn(ADMIN.email, 'fout-wachtwoord')).status).toBe(401);
    const signUp = await c.post('/api/auth/sign-up/email', { name: 'Indringer', email: 'indringer@example.test', password: 'heel-geheim-123' });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(signUp.status).toBeLessThan(500);
    const users = await app.runtime.deps.db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).toEqual([ADMIN.email]);
  });

  it('resets a password through a link sent by e-mail', async () => {
    const c = app.client();
    const ask = await c.post('/api/auth/request-password-reset', { email: ADMIN.email, redirectTo: '/reset-password' });
    expect(ask.status).toBe(200);
    const mail = await app.runtime.deps.db.selectFrom('mail_messages').select(['subject', 'body_text']).where('kind', '=', 'password_reset').executeTakeFirstOrThrow();
    // One language: the person chose none and belongs to no network, so Dutch.
    expect(mail.subject).toBe('Nieuw wachtwoord instellen');
    expect(mail.body_text).not.toContain('Reset your password');
    const link = /http:\/\/localhost:3000\/api\/auth\/reset-password\/\S+/.exec(mail.body_text)?.[0];
    expect(link).toBeDefined();
    const follow = await c.get(link!.replace('http://localhost:3000', ''));
    expect(follow.status).toBe(302);
    const target = new URL(follow.headers.get('location')!, 'http://localhost:3000');
    expect(target.pathname).toBe('/reset-password');
    const token = target.searchParams.get('token');
    expect(token).toBeTruthy();
    const reset = await c.post('/api/auth/reset-password', { newPassword: 'nieuw-wachtwoord-2026', token });
    expect(reset.status).toBe(200);
    expect((await app.client().signIn(ADMIN.email, ADMIN.password)).status).toBe(401);
    expect((await app.client().signIn(ADMIN.email, 'nieuw-wachtwoord-2026')).status).toBe(200);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const limited = await startTestApp(kind, { signInLimitPerMinute: 3, trustProxy: true });
    try {
      const attempt = (ip: string) =>
        limited.client().request('POST', '/api/auth/sign-in/email', { email: ADMIN.email, password: 'fout-wachtwoord' }, { 'x-forwarded-for': ip });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt('203.0.113.7')).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect((await attempt('198.51.100.20')).status).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('rejects a state-changing request from another site', async () => {
    const c = app.client();
    const evil = await c.request('POST', '/api/networks', { name: 'Kwaadaardig' }, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const crossSite = await c.request('POST', '/api/setup', { ...ADMIN }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });
});
