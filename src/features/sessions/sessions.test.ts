import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { mailItemsTo } from '../../../test/helpers/mail-items.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('sessions (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let rep: TestClient;
  let member: TestClient;
  let observer: TestClient;
  let networkId: string;
  let base: string;
  const ids: Record<string, string> = {};

  const idOf = async (client: TestClient) => (await client.get('/api/me')).body.user.id as string;
  const auditActions = async (objectId: string) =>
    (await app.runtime.deps.db.selectFrom('audit_events').select('action').where('object_id', '=', objectId).orderBy('created_at').execute()).map((r) => r.action);
  const noticesFor = async (userId: string, kind: string) =>
    app.runtime.deps.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('kind', '=', kind).execute();

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    const ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    const wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    rep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@wijkteam.test', role: 'member', partnerId: wijkteam });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
    ids.coordinator = await idOf(coordinator);
    ids.rep = await idOf(rep);
    ids.member = await idOf(member);
    ids.observer = await idOf(observer);
  });
  afterAll(() => app?.close());

  it('lets the coordinator schedule a session with people of the network, tells them, and audits it', async () => {
    const created = await coordinator.post(`${base}/sessions`, {
      title: '  Stuurgroep december ',
      heldOn: '2026-12-07',
      participantIds: [ids.rep, ids.member, ids.coordinator, ids.rep],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Stuurgroep december', heldOn: '2026-12-07', minutes: '', agenda: [], decisions: [], publishedAt: null, version: 1 });
    expect(created.body.participants.map((p: { name: string }) => p.name)).toEqual(['Anna Beheer', 'Gert GGZ', 'Mo Deelnemer']);
    ids.session = created.body.id;
    expect(await auditActions(ids.session!)).toEqual(['session.create']);
    const notices = await noticesFor(ids.rep!, 'sessionScheduled');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ params: { title: 'Stuurgroep december', heldOn: '2026-12-07' }, link: `/networks/${networkId}/sessions/${ids.session}` });
    expect(await noticesFor(ids.coordinator!, 'sessionScheduled')).toHaveLength(0);
    const mail = (await mailItemsTo(app, 'mo@wijkteam.test')).find((m) => m.subject.startsWith('Overleg gepland'))!;
    expect(mail.text).toContain('maandag 7 december 2026');
    expect(mail.text).not.toMatch(/Monday/); // one language per mail: the network's, Dutch
  });

  it('refuses participants from outside the network, unknown fields and bad dates', async () => {
    const stranger = await coordinator.post(`${base}/sessions`, { title: 'Overleg', heldOn: '2026-12-07', participantIds: [crypto.randomUUID()] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.code).toBe('validation_failed');
    expect((await coordinator.post(`${base}/sessions`, { title: 'Overleg', heldOn: '2026-02-30' })).status).toBe(400);
    expect((await coordinator.post(`${base}/sessions`, { title: 'Overleg', heldOn: '2026-12-07', place: 'Stadhuis' })).status).toBe(400);
  });

  it('lets only the coordinator schedule, change, publish or delete; every role reads', async () => {
    for (const client of [rep, member, observer]) {
      expect((await client.post(`${base}/sessions`, { title: 'Eigen overleg', heldOn: '2026-12-08' })).status).toBe(403);
      expect((await client.patch(`${base}/sessions/${ids.session}`, { baseVersion: 1, minutes: 'Ingekort' })).status).toBe(403);
      expect((await client.post(`${base}/sessions/${ids.session}/publish`, { baseVersion: 1 })).status).toBe(403);
      expect((await client.delete(`${base}/sessions/${ids.session}`)).status).toBe(403);
      expect((await client.post(`${base}/sessions/${ids.session}/agenda`, { title: 'Mijn punt' })).status).toBe(403);
      const read = await client.get(`${base}/sessions/${ids.session}`);
      expect(read.status).toBe(200);
      expect(read.body.title).toBe('Stuurgroep december');
      expect((await client.get(`${base}/sessions`)).body.items.map((s: { id: string }) => s.id)).toContain(ids.session);
    }
  });

  it('changes title, date, minutes and participants with baseVersion; a stale one gets 409; new participants are told', async () => {
    const changed = await coordinator.patch(`${base}/sessions/${ids.session}`, {
      baseVersion: 1,
      minutes: '## Opening\nIedereen aanwezig.',
      participantIds: [ids.rep, ids.member, ids.observer],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, minutes: '## Opening\nIedereen aanwezig.' });
    expect(changed.body.participants.map((p: { name: string }) => p.name)).toEqual(['Gert GGZ', 'Mo Deelnemer', 'Olga Toehoorder']);
    expect(await noticesFor(ids.observer!, 'sessionScheduled')).toHaveLength(1);
    expect(await noticesFor(ids.rep!, 'sessionScheduled')).toHaveLength(1);

    const stale = await coordinator.patch(`${base}/sessions/${ids.session}`, { baseVersion: 1, title: 'Oud' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ currentVersion: 2, current: { title: 'Stuurgroep december' } });

    const moved = await coordinator.patch(`${base}/sessions/${ids.session}`, { baseVersion: 2, heldOn: '2026-12-14' });
    expect(moved.body).toMatchObject({ heldOn: '2026-12-14', version: 3 });
    expect(await noticesFor(ids.rep!, 'sessionScheduled')).toHaveLength(2);
    expect(await auditActions(ids.session!)).toEqual(['session.create', 'session.update', 'session.update']);
  });

  it('keeps a custom agenda: add, change notes, reorder, remove', async () => {
    const path = `${base}/sessions/${ids.session}/agenda`;
    const first = await coordinator.post(path, { title: 'Terugblik vorige stuurgroep' });
    expect(first.status).toBe(201);
    await coordinator.post(path, { title: 'Wachtlijst crisisbedden', link: `/networks/${networkId}/steps` });
    const third = await coordinator.post(path, { title: 'Rondvraag', notes: 'Geen punten' });
    expect(third.body.items.map((i: { title: string; position: number }) => `${i.position} ${i.title}`)).toEqual([
      '1 Terugblik vorige stuurgroep',
      '2 Wachtlijst crisisbedden',
      '3 Rondvraag',
    ]);
    expect(third.body.items[0]).toMatchObject({ kind: 'custom', section: '', reason: null, link: null, notes: '' });
    const [a, b, c] = third.body.items.map((i: { id: string }) => i.id) as [string, string, string];

    const noted = await coordinator.patch(`${path}/${b}`, { notes: 'GGZ zoekt **twee** extra bedden.' });
    expect(noted.status).toBe(200);
    expect(noted.body).toMatchObject({ id: b, notes: 'GGZ zoekt **twee** extra bedden.', title: 'Wachtlijst crisisbedden' });

    const reordered = await coordinator.put(`${path}/order`, { order: [b, c, a] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((i: { id: string }) => i.id)).toEqual([b, c, a]);
    expect((await coordinator.put(`${path}/order`, { order: [b, c] })).status).toBe(400);
    expect((await coordinator.put(`${path}/order`, { order: [b, b, a] })).status).toBe(400);
    expect((await rep.put(`${path}/order`, { order: [a, b, c] })).status).toBe(403);
    expect((await member.patch(`${path}/${b}`, { notes: 'Ingekort' })).status).toBe(403);

    const removed = await coordinator.delete(`${path}/${c}`);
    expect(removed.body).toMatchObject({ id: c, title: 'Rondvraag' });
    const session = await coordinator.get(`${base}/sessions/${ids.session}`);
    expect(session.body.agenda.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([
      [b, 1],
      [a, 2],
    ]);
    expect((await coordinator.delete(`${path}/${c}`)).status).toBe(404);
    expect(await auditActions(b)).toEqual(['session.agenda.add', 'session.agenda.update']);
  });

  it('takes over the generated agenda with section, reason and link, without doubling items', async () => {
    const path = `${base}/sessions/${ids.session}/agenda`;
    const { db } = app.runtime.deps;
    await db
      .insertInto('steps')
      .values({ id: crypto.randomUUID(), network_id: networkId, created_by: ids.member!, title: 'Overdrachtsformulier herzien', status: 'claimed', claimed_by: ids.member!, due_on: '2020-01-15' })
      .execute();
    const generated = (await coordinator.get(`${base}/agenda`)).body.items as Array<{ title: string; reason: { code: string } }>;
    expect(generated.length).toBeGreaterThan(0);
    const taken = await coordinator.post(path, { fromGenerated: true });
    expect(taken.status).toBe(201);
    const fromGenerated = taken.body.items.filter((i: { kind: string }) => i.kind !== 'custom');
    expect(fromGenerated.map((i: { title: string }) => i.title)).toEqual(generated.map((g) => g.title));
    expect(fromGenerated[0].position).toBe(3);
    const overdue = taken.body.items.find((i: { reason: { code: string } | null }) => i.reason?.code === 'step_overdue');
    expect(overdue).toMatchObject({ section: 'steps', title: expect.stringContaining('Overdrachtsformulier') });
    const again = await coordinator.post(path, { fromGenerated: true });
    expect(again.body.items).toHaveLength(taken.body.items.length);
    expect((await coordinator.post(path, { fromGenerated: false })).status).toBe(400);
  });

  it('publishes minutes and decisions to the participants, naming the decisions that change nothing tomorrow', async () => {
    const session = (await coordinator.get(`${base}/sessions/${ids.session}`)).body;
    await coordinator.post(`${base}/sessions/${ids.session}/decisions`, { title: 'Eén crisisnummer voor de hele regio' });
    const stale = await coordinator.post(`${base}/sessions/${ids.session}/publish`, { baseVersion: session.version - 1 });
    expect(stale.status).toBe(409);
    const published = await coordinator.post(`${base}/sessions/${ids.session}/publish`, { baseVersion: session.version });
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).not.toBeNull();
    const notices = await noticesFor(ids.member!, 'sessionPublished');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toMatchObject({ decisions: 1, flagged: 1 });
    const mail = (await mailItemsTo(app, 'olga@provincie.test')).find((m) => m.subject.startsWith('Verslag'))!;
    expect(mail.text).toContain('1 daarvan veranderen morgen nog niets');
    expect(await auditActions(ids.session!)).toContain('session.publish');

    const empty = await coordinator.post(`${base}/sessions`, { title: 'Leeg overleg', heldOn: '2027-01-11' });
    expect((await coordinator.post(`${base}/sessions/${empty.body.id}/publish`, { baseVersion: 1 })).status).toBe(400);
  });

  it('lists sessions latest date first, one page at a time, with counts', async () => {
    for (const heldOn of ['2026-09-01', '2026-10-06', '2026-11-03']) await coordinator.post(`${base}/sessions`, { title: `Overleg ${heldOn}`, heldOn });
    const first = await observer.get(`${base}/sessions?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((s: { heldOn: string }) => s.heldOn)).toEqual(['2027-01-11', '2026-12-14']);
    expect(first.body.items[1]).toMatchObject({ participants: 3, decisions: 1, changesNothingTomorrow: 1 });
    const rest = await observer.get(`${base}/sessions?limit=10&cursor=${first.body.nextCursor}`);
    expect(rest.body.items.map((s: { heldOn: string }) => s.heldOn)).toEqual(['2026-11-03', '2026-10-06', '2026-09-01']);
    expect(rest.body.nextCursor).toBeNull();
    expect((await observer.get(`${base}/sessions?cursor=niet-geldig`)).status).toBe(400);
  });

  it('deletes a session with its agenda and keeps its decisions, without a session', async () => {
    const decisions = (await coordinator.get(`${base}/sessions/${ids.session}`)).body.decisions as Array<{ id: string }>;
    const deleted = await coordinator.delete(`${base}/sessions/${ids.session}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.title).toBe('Stuurgroep december');
    expect((await coordinator.get(`${base}/sessions/${ids.session}`)).status).toBe(404);
    const kept = await coordinator.get(`${base}/decisions/${decisions[0]!.id}`);
    expect(kept.body).toMatchObject({ session: null, title: 'Eén crisisnummer voor de hele regio' });
    const items = await app.runtime.deps.db.selectFrom('meeting_agenda_items').select('id').where('meeting_id', '=', ids.session!).execute();
    expect(items).toEqual([]);
    expect(await auditActions(ids.session!)).toContain('session.delete');
  });
});
