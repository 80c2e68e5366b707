import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN, addPartner, createNetwork, invitationTokenFor, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('invitations (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let partnerId: string;
  const clock = new TestClock();
  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    partnerId = await addPartner(app, networkId, 'Jeugdhulp Noord', 'jeugdhulp');
  });
  afterAll(() => app?.close());

  // Each invitation a moment after the one before, so the newest mail to an address is its link.
  const invite = (body: Record<string, unknown>, by = coordinator) => {
    clock.advance({ seconds: 1 });
    return by.post(`/api/networks/${networkId}/invitations`, body);
  };

  it('mails an invitation with a link to the outbox and shows it to the invitee', async () => {
    const res = await invite({ email: 'Karin@GGZ-Noord.test', role: 'coordinator' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'karin@ggz-noord.test', role: 'coordinator', status: 'pending', partner: null });
    expect(JSON.stringify(res.body)).not.toMatch(/token/i);

    const outbox = await coordinator.get('/api/admin/outbox');
    expect(outbox.status).toBe(200);
    expect(outbox.body.delivery).toBe('outbox');
    const mail = outbox.body.items[0];
    expect(mail).toMatchObject({ to: 'karin@ggz-noord.test', status: 'outbox' });
    expect(mail.subject).toContain('Crisisroute Jeugd Regio Noord');
    expect(mail.text).toContain('ketenregisseur');
    expect(mail.text).toContain('http://localhost:3000/invitations/');

    const token = await invitationTokenFor(app, 'karin@ggz-noord.test');
    const shown = await app.client().get(`/api/invitations/${token}`);
    expect(shown.body).toMatchObject({ networkId, networkName: 'Crisisroute Jeugd Regio Noord', role: 'coordinator', status: 'pending', accountExists: false });
  });

  it('creates an account on acceptance, signs the person in, and closes the invitation', async () => {
    const token = await invitationTokenFor(app, 'karin@ggz-noord.test');
    const karin = app.client();
    const missing = await karin.post(`/api/invitations/${token}/accept`, {});
    expect(missing.status).toBe(400);
    const weak = await karin.post(`/api/invitations/${token}/accept`, { name: 'Karin', password: 'kort' });
    expect(weak.status).toBe(400);

    const ok = await karin.post(`/api/invitations/${token}/accept`, { name: 'Karin de Wit', password: 'karins-wachtwoord' });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ networkId, role: 'coordinator' });
    expect(karin.signedIn).toBe(true);
    const home = await karin.get(`/api/networks/${networkId}`);
    expect(home.status).toBe(200);
    expect(home.body.myRole).toBe('coordinator');

    // A used link tells only that it was used: no network, no address.
    const used = await app.client().get(`/api/invitations/${token}`);
    expect(used.status).toBe(200);
    expect(used.body).toEqual({ status: 'accepted' });

    const twice = await app.client().post(`/api/invitations/${token}/accept`, { name: 'Iemand', password: 'nog-een-wachtwoord' });
    expect(twice.status).toBe(409);
    const list = await coordinator.get(`/api/networks/${networkId}/invitations`);
    expect(list.body.items.find((i: { email: string }) => i.email === 'karin@ggz-noord.test').status).toBe('accepted');

    const again = await invite({ email: 'karin@ggz-noord.test', role: 'member' });
    expect(again.status).toBe(409);
  });

  it('lets a new coordinator invite too, and lets an existing account join by signing in', async () => {
    const karin = app.client();
    expect((await karin.signIn('karin@ggz-noord.test', 'karins-wachtwoord')).status).toBe(200);
    const other = await karin.post('/api/networks', { name: 'Tweede netwerk' });
    const res = await karin.post(`/api/networks/${other.body.id}/invitations`, { email: ADMIN.email, role: 'observer' });
    expect(res.status).toBe(201);
    const token = await invitationTokenFor(app, ADMIN.email);

    const anonymous = app.client();
    expect((await anonymous.get(`/api/invitations/${token}`)).body.accountExists).toBe(true);
    const notSignedIn = await anonymous.post(`/api/invitations/${token}/accept`, { name: 'Anna', password: 'een-goed-wachtwoord' });
    expect(notSignedIn.status).toBe(409);
    expect(notSignedIn.body.error.details).toEqual({ accountExists: true });

    const wrongPerson = await karin.post(`/api/invitations/${token}/accept`, {});
    expect(wrongPerson.status).toBe(403);

    const ok = await coordinator.post(`/api/invitations/${token}/accept`, {});
    expect(ok.status).toBe(200);
    expect((await coordinator.get(`/api/networks/${other.body.id}`)).body.myRole).toBe('observer');
  });

  it('ties roles to partners as DESIGN §2 says', async () => {
    const noPartner = await invite({ email: 'rep@jeugdhulp.test', role: 'representative' });
    expect(noPartner.status).toBe(400);
    const otherNetwork = await createNetwork(coordinator, 'Ander netwerk');
    const foreignPartner = await addPartner(app, otherNetwork, 'Vreemde partner');
    expect((await invite({ email: 'rep@jeugdhulp.test', role: 'representative', partnerId: foreignPartner })).status).toBe(400);
    expect((await invite({ email: 'obs@gemeente.test', role: 'observer', partnerId })).status).toBe(400);
    expect((await invite({ email: 'rep@jeugdhulp.test', role: 'chef' })).status).toBe(400);
    const ok = await invite({ email: 'rep@jeugdhulp.test', role: 'representative', partnerId });
    expect(ok.status).toBe(201);
    expect(ok.body.partner).toEqual({ id: partnerId, name: 'Jeugdhulp Noord' });
    const mail = (await coordinator.get('/api/admin/outbox')).body.items[0];
    expect(mail.text).toContain('namens Jeugdhulp Noord');
  });

  it('replaces an open invitation when the same address is invited again, and refuses withdrawn and expired links', async () => {
    await invite({ email: 'lisa@welzijn.test', role: 'member' });
    const first = await invitationTokenFor(app, 'lisa@welzijn.test');
    await invite({ email: 'lisa@welzijn.test', role: 'member', validDays: 1 });
    const second = await invitationTokenFor(app, 'lisa@welzijn.test');
    expect(second).not.toBe(first);
    const withdrawn = await app.client().post(`/api/invitations/${first}/accept`, { name: 'Lisa', password: 'lisas-wachtwoord' });
    expect(withdrawn.status).toBe(410);
    expect((await app.client().get(`/api/invitations/${first}`)).body).toEqual({ status: 'revoked' });

    clock.advance({ days: 1, seconds: 1 });
    const expired = await app.client().post(`/api/invitations/${second}/accept`, { name: 'Lisa', password: 'lisas-wachtwoord' });
    expect(expired.status).toBe(410);
    expect(expired.body.error.message).toMatch(/expired/);
    expect((await app.client().get(`/api/invitations/${second}`)).body).toEqual({ status: 'expired' });
    const users = await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'lisa@welzijn.test').execute();
    expect(users).toHaveLength(0);
  });

  it('lets the coordinator withdraw an invitation, and nobody else', async () => {
    const res = await invite({ email: 'piet@huisarts.test', role: 'member' });
    const member = await invitePerson(app, coordinator, networkId, { name: 'Mo', email: 'mo@wijkteam.test', role: 'member' });
    expect((await invite({ email: 'x@y.test', role: 'member' }, member)).status).toBe(403);
    expect((await member.delete(`/api/networks/${networkId}/invitations/${res.body.id}`)).status).toBe(403);
    const revoked = await coordinator.delete(`/api/networks/${networkId}/invitations/${res.body.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    const token = await invitationTokenFor(app, 'piet@huisarts.test');
    expect((await app.client().post(`/api/invitations/${token}/accept`, { name: 'Piet', password: 'piets-wachtwoord' })).status).toBe(410);
    expect((await coordinator.delete(`/api/networks/${networkId}/invitations/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('answers an unknown token with 404', async () => {
    const res = await app.client().get('/api/invitations/this-token-does-not-exist-at-all');
    expect(res.status).toBe(404);
  });

  it('shows a password-reset mail in the outbox only to the person it is for', async () => {
    const ask = (email: string) => app.client().post('/api/auth/request-password-reset', { email, redirectTo: '/reset-password' });
    expect((await ask('karin@ggz-noord.test')).status).toBe(200);
    expect((await ask(ADMIN.email)).status).toBe(200);
    const stored = await app.runtime.deps.db.selectFrom('mail_messages').select(['to_address', 'kind']).where('kind', '=', 'password_reset').execute();
    expect(stored.map((m) => m.to_address).sort()).toEqual([ADMIN.email, 'karin@ggz-noord.test'].sort());

    const outbox = await coordinator.get('/api/admin/outbox?limit=200');
    const resets = outbox.body.items.filter((m: { subject: string }) => /wachtwoord/i.test(m.subject));
    expect(resets.map((m: { to: string }) => m.to)).toEqual([ADMIN.email]);
    expect(JSON.stringify(outbox.body)).not.toMatch(/karin@ggz-noord\.test[^}]*reset-password/);
  });
});
