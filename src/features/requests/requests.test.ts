import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { mailItemsTo } from '../../../test/helpers/mail-items.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('requests (%s)', (kind) => {
  let app: TestApp;
  const clock = new TestClock();
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let wijkteam: string;
  let jeugdhulp: string;
  let ggzRep: TestClient;
  let wijkteamRep: TestClient;
  let jeugdhulpRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  const notificationsOf = async (email: string) =>
    app.runtime.deps.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.kind', 'n.params'])
      .where('u.email', '=', email)
      .orderBy('n.created_at', 'desc')
      .execute();

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    jeugdhulp = await addPartner(app, networkId, 'Jeugdhulp De Brug', 'jeugdhulp');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    wijkteamRep = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijkteam', email: 'wim@wijkteam.test', role: 'representative', partnerId: wijkteam });
    jeugdhulpRep = await invitePerson(app, coordinator, networkId, { name: 'Jet Jeugdhulp', email: 'jet@brug.test', role: 'representative', partnerId: jeugdhulp });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@wijkteam.test', role: 'member', partnerId: wijkteam });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());
  // The clock stands still unless moved: each test happens a second after the one before.
  beforeEach(() => clock.advance({ seconds: 1 }));

  it('lets only a representative ask, for their own partner, and tells the partner asked', async () => {
    for (const client of [coordinator, member, observer]) {
      expect((await client.post(`${base}/requests`, { toPartnerId: ggz, title: 'Meekijken in het weekend' })).status).toBe(403);
    }
    expect((await wijkteamRep.post(`${base}/requests`, { toPartnerId: wijkteam, title: 'Zelf vragen' })).status).toBe(400);
    expect((await wijkteamRep.post(`${base}/requests`, { toPartnerId: randomUUID(), title: 'Onbekend' })).status).toBe(400);
    expect((await wijkteamRep.post(`${base}/requests`, { toPartnerId: ggz, title: 'Van een ander', fromPartnerId: jeugdhulp })).status).toBe(400);
    const made = await wijkteamRep.post(`${base}/requests`, { toPartnerId: ggz, title: 'Meekijken bij crisisbeoordeling', description: 'In het weekend' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'open', from: { id: wijkteam, name: 'Wijkteam Centrum' }, to: { id: ggz, name: 'GGZ Noord' }, provider: null, draft: false, unansweredLong: false });
    expect((await notificationsOf('gert@ggz.test'))[0]).toMatchObject({ kind: 'requestMade' });
    expect(await notificationsOf('jet@brug.test')).toEqual([]);
    const mail = (await mailItemsTo(app, 'gert@ggz.test')).at(-1)!;
    expect(mail.subject).toContain('Meekijken bij crisisbeoordeling');
    expect(mail.delivery).toBe('immediate'); // a request to your partner asks for action
    for (const client of [observer, member, jeugdhulpRep]) expect((await client.get(`${base}/requests/${made.body.id}`)).status).toBe(200);
  });

  it('runs a request from open to accepted to fulfilled, each move by the right party only, notifying the other', async () => {
    const made = await wijkteamRep.post(`${base}/requests`, { toPartnerId: ggz, title: 'Consult kinderpsychiater' });
    const id = made.body.id as string;
    for (const client of [wijkteamRep, jeugdhulpRep, coordinator, member, observer]) {
      expect((await client.post(`${base}/requests/${id}/status`, { to: 'accepted' })).status).toBe(403);
    }
    expect((await ggzRep.post(`${base}/requests/${id}/status`, { to: 'fulfilled' })).status).toBe(409); // not yet accepted
    expect((await wijkteamRep.post(`${base}/requests/${id}/status`, { to: 'fulfilled' })).status).toBe(409);
    const accepted = await ggzRep.post(`${base}/requests/${id}/status`, { to: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', provider: { id: ggz } });
    expect(accepted.body.answeredAt).not.toBeNull();
    expect((await notificationsOf('wim@wijkteam.test'))[0]).toMatchObject({ kind: 'requestAccepted' });
    expect((await ggzRep.post(`${base}/requests/${id}/status`, { to: 'fulfilled' })).status).toBe(403);
    const fulfilled = await wijkteamRep.post(`${base}/requests/${id}/status`, { to: 'fulfilled' });
    expect(fulfilled.body).toMatchObject({ status: 'fulfilled' });
    expect(fulfilled.body.fulfilledAt).not.toBeNull();
    expect((await notificationsOf('gert@ggz.test'))[0]).toMatchObject({ kind: 'requestFulfilled' });
    expect((await wijkteamRep.post(`${base}/requests/${id}/status`, { to: 'withdrawn' })).status).toBe(409);
  });

  it('needs a reason to decline, and lets the requester withdraw an open request', async () => {
    const made = await ggzRep.post(`${base}/requests`, { toPartnerId: jeugdhulp, title: 'Bed voor één nacht' });
    const id = made.body.id as string;
    const noReason = await jeugdhulpRep.post(`${base}/requests/${id}/status`, { to: 'declined' });
    expect(noReason.status).toBe(400);
    expect((await jeugdhulpRep.post(`${base}/requests/${id}/status`, { to: 'declined', reason: '   ' })).status).toBe(400);
    const declined = await jeugdhulpRep.post(`${base}/requests/${id}/status`, { to: 'declined', reason: 'Geen bed vrij dit weekend' });
    expect(declined.body).toMatchObject({ status: 'declined', reason: 'Geen bed vrij dit weekend' });
    const notice = (await notificationsOf('gert@ggz.test'))[0]!;
    expect(notice.kind).toBe('requestDeclined');
    expect(JSON.stringify(notice.params)).toContain('Geen bed vrij');
    const other = await ggzRep.post(`${base}/requests`, { toPartnerId: jeugdhulp, title: 'Tweede vraag' });
    expect((await jeugdhulpRep.post(`${base}/requests/${other.body.id}/status`, { to: 'withdrawn' })).status).toBe(403);
    expect((await ggzRep.post(`${base}/requests/${other.body.id}/status`, { to: 'withdrawn' })).body.status).toBe('withdrawn');
  });

  it('lets any other partner accept a request to the whole network and become its provider', async () => {
    const made = await jeugdhulpRep.post(`${base}/requests`, { toPartnerId: null, title: 'Wie kan een training de-escalatie geven?' });
    const id = made.body.id as string;
    expect(made.body.to).toBeNull();
    expect((await notificationsOf('gert@ggz.test'))[0]).toMatchObject({ kind: 'requestMade' });
    expect((await notificationsOf('wim@wijkteam.test'))[0]).toMatchObject({ kind: 'requestMade' });
    expect((await jeugdhulpRep.post(`${base}/requests/${id}/status`, { to: 'accepted' })).status).toBe(403);
    expect((await ggzRep.post(`${base}/requests/${id}/status`, { to: 'declined', reason: 'Niet bij ons' })).status).toBe(409);
    const accepted = await wijkteamRep.post(`${base}/requests/${id}/status`, { to: 'accepted' });
    expect(accepted.body).toMatchObject({ status: 'accepted', provider: { id: wijkteam, name: 'Wijkteam Centrum' } });
    expect((await ggzRep.post(`${base}/requests/${id}/status`, { to: 'accepted' })).status).toBe(403);
    const network = await coordinator.get(`${base}/requests?direction=network`);
    expect(network.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
    const incoming = await ggzRep.get(`${base}/requests?direction=incoming&limit=200`);
    expect(incoming.body.items.map((r: { id: string }) => r.id)).toContain(id); // asked of everyone, GGZ included
    const outgoing = await jeugdhulpRep.get(`${base}/requests?direction=outgoing`);
    expect(outgoing.body.items.every((r: { from: { id: string } }) => r.from.id === jeugdhulp)).toBe(true);
  });

  it('lets the requester reword an open request with baseVersion, nobody else', async () => {
    const made = await wijkteamRep.post(`${base}/requests`, { toPartnerId: ggz, title: 'Eerste versie' });
    const id = made.body.id as string;
    expect((await ggzRep.patch(`${base}/requests/${id}`, { baseVersion: 1, title: 'Anders' })).status).toBe(403);
    expect((await coordinator.patch(`${base}/requests/${id}`, { baseVersion: 1, title: 'Anders' })).status).toBe(403);
    expect((await wijkteamRep.patch(`${base}/requests/${id}`, { baseVersion: 1, toPartnerId: jeugdhulp })).status).toBe(400);
    const edited = await wijkteamRep.patch(`${base}/requests/${id}`, { baseVersion: 1, title: 'Tweede versie' });
    expect(edited.body).toMatchObject({ title: 'Tweede versie', version: 2 });
    expect((await wijkteamRep.patch(`${base}/requests/${id}`, { baseVersion: 1, title: 'Oud' })).status).toBe(409);
  });

  it('keeps drafts from a round to the coordinator until they publish them, then tells the partner asked', async () => {
    const coordinatorId = (await coordinator.get('/api/me')).body.user.id as string;
    const draftId = randomUUID();
    await app.runtime.deps.db
      .insertInto('requests')
      .values({ id: draftId, network_id: networkId, created_by: coordinatorId, from_partner_id: ggz, to_partner_id: null, title: 'Sneller terugbellen na crisis', draft: true })
      .execute();
    for (const client of [ggzRep, member, observer]) {
      expect((await client.get(`${base}/requests/${draftId}`)).status).toBe(404);
      expect((await client.get(`${base}/requests?draft=true`)).status).toBe(403);
      expect((await client.get(`${base}/requests?limit=200`)).body.items.map((r: { id: string }) => r.id)).not.toContain(draftId);
      expect((await client.patch(`${base}/requests/${draftId}`, { baseVersion: 1, draft: false })).status).toBe(404);
    }
    expect((await ggzRep.post(`${base}/requests/${draftId}/status`, { to: 'withdrawn' })).status).toBe(404);
    const drafts = await coordinator.get(`${base}/requests?draft=true`);
    expect(drafts.body.items.map((r: { id: string }) => r.id)).toEqual([draftId]);
    expect((await coordinator.get(`${base}/requests?limit=200`)).body.items.map((r: { id: string }) => r.id)).not.toContain(draftId);
    const before = (await notificationsOf('jet@brug.test')).length;
    const published = await coordinator.patch(`${base}/requests/${draftId}`, { baseVersion: 1, toPartnerId: jeugdhulp, title: 'Binnen een uur terugbellen na crisis', draft: false });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ draft: false, to: { id: jeugdhulp }, from: { id: ggz }, title: 'Binnen een uur terugbellen na crisis' });
    expect(await notificationsOf('jet@brug.test')).toHaveLength(before + 1);
    expect((await ggzRep.get(`${base}/requests/${draftId}`)).status).toBe(200);
    expect((await coordinator.patch(`${base}/requests/${draftId}`, { baseVersion: 2, title: 'Nog eens' })).status).toBe(403);
  });

  it('flags requests unanswered for more than 14 days and filters by status and partner', async () => {
    const old = await wijkteamRep.post(`${base}/requests`, { toPartnerId: jeugdhulp, title: 'Lang geleden gevraagd' });
    clock.advance({ days: 15 });
    expect((await coordinator.get(`${base}/requests/${old.body.id}`)).body.unansweredLong).toBe(true);
    const open = await coordinator.get(`${base}/requests?status=open&limit=200`);
    expect(open.body.items.every((r: { status: string }) => r.status === 'open')).toBe(true);
    const jh = await coordinator.get(`${base}/requests?partnerId=${jeugdhulp}&limit=200`);
    expect(jh.body.items.length).toBeGreaterThan(0);
    expect(jh.body.items.every((r: { from: { id: string }; to: { id: string } | null; provider: { id: string } | null }) => [r.from.id, r.to?.id, r.provider?.id].includes(jeugdhulp))).toBe(true);
    const page1 = await coordinator.get(`${base}/requests?limit=2`);
    const page2 = await coordinator.get(`${base}/requests?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[1].id);
  });
});
