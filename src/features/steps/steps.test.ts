import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('steps (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggzRep: TestClient;
  let member: TestClient;
  let otherMember: TestClient;
  let observer: TestClient;
  let memberId: string;
  let coordinatorId: string;

  const userId = async (client: TestClient) => (await client.get('/api/me')).body.user.id as string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    const ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    const wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@wijkteam.test', role: 'member', partnerId: wijkteam });
    otherMember = await invitePerson(app, coordinator, networkId, { name: 'Nina Deelnemer', email: 'nina@wijkteam.test', role: 'member', partnerId: wijkteam });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
    memberId = await userId(member);
    coordinatorId = await userId(coordinator);
  });
  afterAll(() => app?.close());

  it('lets everyone but an observer propose a step, open or claimed for themselves, and shows it to every role', async () => {
    const open = await member.post(`${base}/steps`, { title: 'Warme overdracht uitproberen', description: 'Eén week lang', dueOn: '2030-01-15' });
    expect(open.status).toBe(201);
    expect(open.body).toMatchObject({ status: 'open', claimedBy: null, dueOn: '2030-01-15', overdue: false, createdBy: { id: memberId, name: 'Mo Deelnemer' }, version: 1 });
    const claimed = await ggzRep.post(`${base}/steps`, { title: 'Bereikbaarheidslijst bijwerken', claim: true });
    expect(claimed.status).toBe(201);
    expect(claimed.body).toMatchObject({ status: 'claimed', claimedBy: { name: 'Gert GGZ' } });
    expect(claimed.body.claimedAt).not.toBeNull();
    const refused = await observer.post(`${base}/steps`, { title: 'Meekijken' });
    expect(refused.status).toBe(403);
    for (const client of [coordinator, ggzRep, member, observer]) {
      const list = await client.get(`${base}/steps`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([open.body.id, claimed.body.id]));
      expect((await client.get(`${base}/steps/${open.body.id}`)).body.title).toBe('Warme overdracht uitproberen');
    }
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('step.create');
  });

  it('refuses to let anyone, the coordinator included, claim a step for someone else', async () => {
    const step = await coordinator.post(`${base}/steps`, { title: 'Casusoverleg plannen' });
    const forOther = await coordinator.post(`${base}/steps/${step.body.id}/claim`, { userId: memberId });
    expect(forOther.status).toBe(403);
    expect(forOther.body.error.message).toMatch(/someone else/);
    expect((await member.post(`${base}/steps/${step.body.id}/claim`, { userId: coordinatorId })).status).toBe(403);
    // There is no other field to hand a step over with: unknown fields are refused.
    expect((await coordinator.post(`${base}/steps/${step.body.id}/claim`, { claimedBy: memberId })).status).toBe(400);
    expect((await coordinator.post(`${base}/steps`, { title: 'Toewijzen', claimedBy: memberId })).status).toBe(400);
    expect((await coordinator.patch(`${base}/steps/${step.body.id}`, { baseVersion: 1, claimedBy: memberId })).status).toBe(400);
    expect((await coordinator.get(`${base}/steps/${step.body.id}`)).body).toMatchObject({ status: 'open', claimedBy: null });

    const own = await member.post(`${base}/steps/${step.body.id}/claim`, { userId: memberId });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ status: 'claimed', claimedBy: { id: memberId } });
    const again = await otherMember.post(`${base}/steps/${step.body.id}/claim`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already claimed/);
    expect((await observer.post(`${base}/steps/${step.body.id}/claim`, {})).status).toBe(403);
  });

  it('lets only the claimer finish, drop or release a claimed step', async () => {
    const step = await member.post(`${base}/steps`, { title: 'Terugkoppeling aan huisarts', claim: true });
    const id = step.body.id as string;
    for (const client of [coordinator, otherMember, ggzRep, observer]) {
      expect((await client.post(`${base}/steps/${id}/status`, { to: 'done' })).status).toBe(403);
    }
    const released = await member.post(`${base}/steps/${id}/status`, { to: 'open' });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'open', claimedBy: null, claimedAt: null });
    expect((await member.post(`${base}/steps/${id}/status`, { to: 'done' })).status).toBe(409); // open cannot become done
    expect((await otherMember.post(`${base}/steps/${id}/claim`, {})).status).toBe(200);
    const done = await otherMember.post(`${base}/steps/${id}/status`, { to: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect(done.body.finishedAt).not.toBeNull();
    expect((await otherMember.post(`${base}/steps/${id}/status`, { to: 'open' })).status).toBe(409);
    expect((await otherMember.post(`${base}/steps/${id}/status`, { to: 'claimed' })).status).toBe(400);
  });

  it('lets the proposer or the coordinator drop an open step, nobody else', async () => {
    const a = await member.post(`${base}/steps`, { title: 'Folder vertalen' });
    expect((await otherMember.post(`${base}/steps/${a.body.id}/status`, { to: 'dropped' })).status).toBe(403);
    expect((await ggzRep.post(`${base}/steps/${a.body.id}/status`, { to: 'dropped' })).status).toBe(403);
    expect((await member.post(`${base}/steps/${a.body.id}/status`, { to: 'dropped' })).body.status).toBe('dropped');
    const b = await member.post(`${base}/steps`, { title: 'Folder drukken' });
    expect((await coordinator.post(`${base}/steps/${b.body.id}/status`, { to: 'dropped' })).body.status).toBe('dropped');
  });

  it('lets the proposer edit an open step and the claimer a claimed one, with baseVersion', async () => {
    const step = await member.post(`${base}/steps`, { title: 'Crisiskaart opstellen' });
    const id = step.body.id as string;
    expect((await coordinator.patch(`${base}/steps/${id}`, { baseVersion: 1, title: 'Anders' })).status).toBe(403);
    const edited = await member.patch(`${base}/steps/${id}`, { baseVersion: 1, title: 'Crisiskaart samen opstellen', dueOn: '2031-02-01' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Crisiskaart samen opstellen', dueOn: '2031-02-01', version: 2 });
    const stale = await member.patch(`${base}/steps/${id}`, { baseVersion: 1, title: 'Oud' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    await otherMember.post(`${base}/steps/${id}/claim`, {});
    expect((await member.patch(`${base}/steps/${id}`, { baseVersion: 3, dueOn: null })).status).toBe(403);
    const byClaimer = await otherMember.patch(`${base}/steps/${id}`, { baseVersion: 3, dueOn: null });
    expect(byClaimer.status).toBe(200);
    expect(byClaimer.body.dueOn).toBeNull();
    expect((await otherMember.patch(`${base}/steps/${id}`, { baseVersion: 4, dueOn: '2031-02-30' })).status).toBe(400);
  });

  it('links a step only to something that exists in this network, and filters by it', async () => {
    const decisionId = randomUUID();
    await app.runtime.deps.db.insertInto('decisions').values({ id: decisionId, network_id: networkId, created_by: coordinatorId, title: 'Eén crisisnummer' }).execute();
    const other = await createNetwork(coordinator, 'Ander netwerk');
    const foreignDecision = randomUUID();
    await app.runtime.deps.db.insertInto('decisions').values({ id: foreignDecision, network_id: other, created_by: coordinatorId, title: 'Elders' }).execute();

    expect((await member.post(`${base}/steps`, { title: 'Nummer doorgeven', servesKind: 'decision', servesId: foreignDecision })).status).toBe(400);
    expect((await member.post(`${base}/steps`, { title: 'Nummer doorgeven', servesKind: 'story', servesId: decisionId })).status).toBe(400);
    expect((await member.post(`${base}/steps`, { title: 'Nummer doorgeven', servesKind: 'decision' })).status).toBe(400);
    const linked = await member.post(`${base}/steps`, { title: 'Nummer doorgeven', servesKind: 'decision', servesId: decisionId, dueOn: '2030-03-01', claim: true });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ servesKind: 'decision', servesId: decisionId, servesTitle: 'Eén crisisnummer' });
    const list = await observer.get(`${base}/steps?servesKind=decision&servesId=${decisionId}`);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([linked.body.id]);
  });

  it('filters by status, mine and overdue, and pages with a cursor', async () => {
    const late = await otherMember.post(`${base}/steps`, { title: 'Te laat', dueOn: '2020-01-01', claim: true });
    expect(late.body.overdue).toBe(true);
    const overdue = await coordinator.get(`${base}/steps?overdue=true`);
    expect(overdue.body.items.map((s: { id: string }) => s.id)).toEqual([late.body.id]);
    const mine = await member.get(`${base}/steps?mine=true`);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((s: { claimedBy: { id: string } | null }) => s.claimedBy?.id === memberId)).toBe(true);
    const dropped = await coordinator.get(`${base}/steps?status=dropped`);
    expect(dropped.body.items.every((s: { status: string }) => s.status === 'dropped')).toBe(true);
    expect(dropped.body.items).toHaveLength(2);

    const all = await coordinator.get(`${base}/steps?limit=200`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await coordinator.get(`${base}/steps?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((s) => s.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((s: { id: string }) => s.id));
    const counts = await observer.get(`${base}/steps/counts`);
    expect(counts.body.overdue).toBe(1);
    expect(counts.body.open + counts.body.claimed + counts.body.done + counts.body.dropped).toBe(all.body.items.length);
  });

  it('lists my steps across the networks I hold a role in, and no others', async () => {
    const second = await createNetwork(coordinator, 'Tweede netwerk');
    await coordinator.post(`${base}/steps`, { title: 'Agenda voorbereiden', claim: true });
    await coordinator.post(`/api/networks/${second}/steps`, { title: 'Kwartiermaken', claim: true });
    const mine = await coordinator.get('/api/me/steps?limit=200');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((s: { networkName: string }) => s.networkName)).toEqual(expect.arrayContaining(['Tweede netwerk', 'Crisisroute Jeugd Regio Noord']));
    const memberSteps = await member.get('/api/me/steps');
    expect(memberSteps.body.items.every((s: { networkId: string; claimedBy: { id: string } }) => s.networkId === networkId && s.claimedBy.id === memberId)).toBe(true);
    // Once the member leaves the network, its steps are no longer theirs to read.
    await app.runtime.deps.db.deleteFrom('network_members').where('user_id', '=', memberId).execute();
    expect((await member.get('/api/me/steps')).body.items).toEqual([]);
    expect((await app.client().get('/api/me/steps')).status).toBe(401);
  });
});
