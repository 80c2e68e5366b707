import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitationTokenFor, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)("handing over a representative's role (%s)", (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let gert: TestClient;
  let mo: TestClient;
  let wim: TestClient;
  let networkId: string;
  let base: string;
  const ids: Record<string, string> = {};
  const clock = new TestClock('2027-02-01T09:00:00Z');
  const idOf = async (client: TestClient) => (await client.get('/api/me')).body.user.id as string;
  const db = () => app.runtime.deps.db;

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ids.ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ids.wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    gert = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ids.ggz });
    mo = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ids.ggz });
    wim = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijkteam', email: 'wim@wijkteam.test', role: 'representative', partnerId: ids.wijkteam });
    ids.gert = await idOf(gert);
    ids.mo = await idOf(mo);
    ids.wim = await idOf(wim);
    ids.coordinator = await idOf(coordinator);
  });
  afterAll(() => app?.close());

  it('refuses who may not hand the role over, and roles that cannot be', async () => {
    const body = { successorEmail: 'sanne@ggz.test', leaverBecomes: 'member' };
    expect((await mo.post(`${base}/members/${ids.gert}/handover`, body)).status).toBe(403);
    expect((await wim.post(`${base}/members/${ids.gert}/handover`, body)).status).toBe(403);
    expect((await coordinator.post(`${base}/members/${ids.mo}/handover`, body)).status).toBe(403);
    expect((await coordinator.post(`${base}/members/${crypto.randomUUID()}/handover`, body)).status).toBe(404);
    expect((await coordinator.post(`${base}/members/${ids.gert}/handover`, { ...body, leaverBecomes: 'chef' })).status).toBe(400);
    expect((await coordinator.post(`${base}/members/${ids.gert}/handover`, { ...body, successorEmail: 'mo@ggz.test' })).status).toBe(409);
    const invitations = await db().selectFrom('invitations').select('email').where('email', '=', 'sanne@ggz.test').execute();
    expect(invitations).toEqual([]);
  });

  it('refuses a successor who already has a role in the network with a clear conflict, writing nothing', async () => {
    const before = await db().selectFrom('invitations').select('id').where('network_id', '=', networkId).execute();
    for (const successorEmail of ['Mo@GGZ.test', 'wim@wijkteam.test', 'gert@ggz.test']) {
      const res = await coordinator.post(`${base}/members/${ids.gert}/handover`, { successorEmail, leaverBecomes: 'leaves' });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'conflict', details: { reason: 'successor_has_role' } });
      expect(res.body.error.message).toContain(`${successorEmail.toLowerCase()} already has a role in this network`);
    }
    expect(await db().selectFrom('invitations').select('id').where('network_id', '=', networkId).execute()).toEqual(before);
    const audit = await db().selectFrom('audit_events').select('id').where('network_id', '=', networkId).where('action', '=', 'role.handover').execute();
    expect(audit).toEqual([]);
  });

  it("lets the representative hand over their own role: on acceptance they become a member, their claimed steps open again, and the partner's people and the coordinator are told", async () => {
    // A request to the partner, still unanswered when the role passes on.
    const asked = await wim.post(`${base}/requests`, { toPartnerId: ids.ggz, title: 'Meekijken bij een crisisbeoordeling' });
    expect(asked.status).toBe(201);
    const claimed = await gert.post(`${base}/steps`, { title: 'Wachtlijst delen', dueOn: '2027-03-01', claim: true });
    expect(claimed.body.status).toBe('claimed');
    const done = await gert.post(`${base}/steps`, { title: 'Al gedaan', claim: true });
    await gert.post(`${base}/steps/${done.body.id}/status`, { to: 'done' });

    clock.advance({ seconds: 1 });
    const res = await gert.post(`${base}/members/${ids.gert}/handover`, { successorEmail: 'Sanne@GGZ.test', leaverBecomes: 'member' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'sanne@ggz.test',
      role: 'representative',
      partner: { id: ids.ggz, name: 'GGZ Noord' },
      status: 'pending',
      handover: { leaver: { id: ids.gert, name: 'Gert GGZ' }, leaverBecomes: 'member' },
    });
    const list = await coordinator.get(`${base}/invitations`);
    expect(list.body.items.find((i: { email: string }) => i.email === 'sanne@ggz.test').handover).toEqual({ leaverId: ids.gert, leaverName: 'Gert GGZ', leaverBecomes: 'member' });
    // Until the successor accepts, nothing changes.
    expect((await gert.get(`${base}`)).body.myRole).toBe('representative');

    const token = await invitationTokenFor(app, 'sanne@ggz.test');
    const sanne = app.client();
    expect((await sanne.post(`/api/invitations/${token}/accept`, { name: 'Sanne Opvolger', password: 'sannes-wachtwoord' })).status).toBe(200);
    ids.sanne = await idOf(sanne);

    expect((await gert.get(`${base}`)).body.myRole).toBe('member');
    expect((await sanne.get(`${base}`)).body.myRole).toBe('representative');
    const steps = await db().selectFrom('steps').select(['id', 'status', 'claimed_by', 'created_by']).where('network_id', '=', networkId).execute();
    expect(steps.find((s) => s.id === claimed.body.id)).toMatchObject({ status: 'open', claimed_by: null, created_by: ids.gert });
    expect(steps.find((s) => s.id === done.body.id)).toMatchObject({ status: 'done', claimed_by: ids.gert });

    const notices = await db().selectFrom('notifications').select(['user_id', 'params']).where('kind', '=', 'roleHandedOver').execute();
    expect(notices.map((n) => n.user_id).sort()).toEqual([ids.coordinator, ids.mo, ids.sanne].sort());
    expect(notices[0]!.params).toEqual({ leaver: 'Gert GGZ', partner: 'GGZ Noord', steps: 1 });

    const audit = await db().selectFrom('audit_events').select(['action', 'actor_id', 'details']).where('action', 'like', 'role.handover%').orderBy('created_at').execute();
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['role.handover', ids.gert],
      ['role.handover_complete', ids.sanne],
    ]);
    expect(audit[1]!.details).toMatchObject({ leaverId: ids.gert, successorId: ids.sanne, leaverBecomes: 'member', releasedSteps: [claimed.body.id] });

    // The pending request stays with the partner: the successor answers it, the leaver no longer can.
    expect((await gert.post(`${base}/requests/${asked.body.id}/status`, { to: 'accepted' })).status).toBe(403);
    const answered = await sanne.post(`${base}/requests/${asked.body.id}/status`, { to: 'accepted' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'accepted', provider: { id: ids.ggz } });
  });

  it('lets the coordinator hand over a role so that the leaver leaves the network', async () => {
    await wim.post(`${base}/steps`, { title: 'Overdracht plannen', claim: true });
    clock.advance({ seconds: 1 });
    // A mistyped address first; handing the same role over again withdraws that invitation.
    const mistyped = await coordinator.post(`${base}/members/${ids.wim}/handover`, { successorEmail: 'lote@wijkteam.test', leaverBecomes: 'member' });
    expect(mistyped.status).toBe(201);
    const mistypedToken = await invitationTokenFor(app, 'lote@wijkteam.test');
    clock.advance({ seconds: 1 });
    const res = await coordinator.post(`${base}/members/${ids.wim}/handover`, { successorEmail: 'lotte@wijkteam.test', leaverBecomes: 'leaves' });
    expect(res.status).toBe(201);
    const list = (await coordinator.get(`${base}/invitations`)).body.items as { id: string; status: string; handover: unknown }[];
    expect(list.filter((i) => i.handover !== null && i.status === 'pending').map((i) => i.id)).toEqual([res.body.id]);
    expect(list.find((i) => i.id === mistyped.body.id)).toMatchObject({ status: 'revoked', handover: { leaverId: ids.wim, leaverName: 'Wim Wijkteam', leaverBecomes: 'member' } });
    const entry = await db().selectFrom('audit_events').select('details').where('action', '=', 'role.handover').where('object_id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({ withdrawnInvitations: [mistyped.body.id] });
    expect((await app.client().post(`/api/invitations/${mistypedToken}/accept`, { name: 'Lote Verkeerd', password: 'lotes-wachtwoord' })).status).toBe(410);

    const token = await invitationTokenFor(app, 'lotte@wijkteam.test');
    expect((await app.client().post(`/api/invitations/${token}/accept`, { name: 'Lotte Opvolger', password: 'lottes-wachtwoord' })).status).toBe(200);
    expect((await wim.get(`${base}`)).status).toBe(404);
    const members = await db().selectFrom('network_members').select(['user_id', 'role']).where('network_id', '=', networkId).where('partner_id', '=', ids.wijkteam!).execute();
    expect(members).toHaveLength(1);
    expect(members[0]!.role).toBe('representative');
    const open = await db().selectFrom('steps').select(['status', 'claimed_by']).where('title', '=', 'Overdracht plannen').executeTakeFirstOrThrow();
    expect(open).toEqual({ status: 'open', claimed_by: null });
  });
});
