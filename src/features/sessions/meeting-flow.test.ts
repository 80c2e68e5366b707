import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

interface Generated {
  kind: string;
  title: string;
  link: string | null;
  reason: { code: string };
}

// Issue 12 item 4: a session chosen from the generated agenda with time boxes, attendance per
// partner, and decisions that end in dated steps that people claim for themselves.
describe.each(testDatabases)('meetings that end in owned steps (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let rep: TestClient;
  let member: TestClient;
  let observer: TestClient;
  let base: string;
  let sessionPath: string;
  const ids: Record<string, string> = {};
  const idOf = async (client: TestClient) => (await client.get('/api/me')).body.user.id as string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    ids.ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ids.wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    ids.politie = await addPartner(app, networkId, 'Politie Noord', 'anders');
    rep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ids.ggz });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@wijkteam.test', role: 'member', partnerId: ids.wijkteam });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
    ids.coordinator = await idOf(coordinator);
    ids.rep = await idOf(rep);
    ids.member = await idOf(member);
    ids.observer = await idOf(observer);
    // Three overdue steps give the generated agenda three items to choose from.
    for (const title of ['Overdrachtsformulier herzien', 'Crisiskaart drukken', 'Bereikbaarheidslijst bijwerken']) {
      await app.runtime.deps.db
        .insertInto('steps')
        .values({ id: crypto.randomUUID(), network_id: networkId, created_by: ids.member, title, status: 'claimed', claimed_by: ids.member, due_on: '2020-01-15' })
        .execute();
    }
    const created = await coordinator.post(`${base}/sessions`, { title: 'Stuurgroep december', heldOn: '2026-12-07', durationMinutes: 60 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ durationMinutes: 60, timeBudget: { plannedMinutes: 0, durationMinutes: 60, overByMinutes: 0, itemsWithoutTimeBox: 0 } });
    sessionPath = `${base}/sessions/${created.body.id}`;
  });
  afterAll(() => app?.close());

  it('takes over only the picked items of the generated agenda, in the chosen order, with their time boxes', async () => {
    const generated = (await coordinator.get(`${base}/agenda`)).body.items as Generated[];
    expect(generated.length).toBeGreaterThanOrEqual(3);
    const pick = (g: Generated, timeBoxMinutes: number | null) => ({ kind: g.kind, title: g.title, link: g.link, reason: g.reason.code, timeBoxMinutes });
    const [first, second, third] = generated;
    const taken = await coordinator.post(`${sessionPath}/agenda`, { fromGenerated: true, picks: [pick(third!, 30), pick(first!, 20)] });
    expect(taken.status).toBe(201);
    expect(taken.body.items.map((i: { title: string; timeBoxMinutes: number | null; position: number }) => [i.position, i.title, i.timeBoxMinutes])).toEqual([
      [1, third!.title, 30],
      [2, first!.title, 20],
    ]);
    // Picking again adds only what is new; the second item was left out the first time.
    const more = await coordinator.post(`${sessionPath}/agenda`, { fromGenerated: true, picks: [pick(first!, 5), pick(second!, 25)] });
    expect(more.body.items.map((i: { title: string; timeBoxMinutes: number | null }) => [i.title, i.timeBoxMinutes])).toEqual([
      [third!.title, 30],
      [first!.title, 20],
      [second!.title, 25],
    ]);

    const session = (await coordinator.get(sessionPath)).body;
    expect(session.timeBudget).toEqual({ plannedMinutes: 75, durationMinutes: 60, overByMinutes: 15, itemsWithoutTimeBox: 0 });
    const shortened = await coordinator.patch(`${sessionPath}/agenda/${session.agenda[0].id}`, { timeBoxMinutes: 15 });
    expect(shortened.body.timeBoxMinutes).toBe(15);
    expect((await coordinator.get(sessionPath)).body.timeBudget).toMatchObject({ plannedMinutes: 60, overByMinutes: 0 });
    const longer = await coordinator.patch(sessionPath, { baseVersion: session.version, durationMinutes: 90 });
    expect(longer.body).toMatchObject({ durationMinutes: 90, timeBudget: { plannedMinutes: 60, durationMinutes: 90, overByMinutes: 0 } });
    const own = await coordinator.post(`${sessionPath}/agenda`, { title: 'Rondvraag', timeBoxMinutes: 10 });
    expect(own.body.items.at(-1)).toMatchObject({ title: 'Rondvraag', kind: 'custom', timeBoxMinutes: 10 });
  });

  it('refuses picks that are not generated, picked twice, or with a time box out of range, and other roles', async () => {
    const generated = (await coordinator.get(`${base}/agenda`)).body.items as Generated[];
    const g = generated[0]!;
    const pick = { kind: g.kind, title: g.title, link: g.link, reason: g.reason.code };
    const forged = await coordinator.post(`${sessionPath}/agenda`, { fromGenerated: true, picks: [{ ...pick, title: 'Iets wat niet gegenereerd is' }] });
    expect(forged.status).toBe(409);
    expect(forged.body.error.details.gone).toEqual([{ index: 0, title: 'Iets wat niet gegenereerd is' }]);
    expect((await coordinator.post(`${sessionPath}/agenda`, { fromGenerated: true, picks: [pick, pick] })).status).toBe(400);
    expect((await coordinator.post(`${sessionPath}/agenda`, { fromGenerated: true, picks: [{ ...pick, timeBoxMinutes: 0 }] })).status).toBe(400);
    expect((await coordinator.post(`${sessionPath}/agenda`, { fromGenerated: true, picks: [] })).status).toBe(400);
    expect((await coordinator.post(`${base}/sessions`, { title: 'Te lang', heldOn: '2026-12-08', durationMinutes: 1441 })).status).toBe(400);
    for (const client of [rep, member, observer]) {
      expect((await client.post(`${sessionPath}/agenda`, { fromGenerated: true, picks: [pick] })).status).toBe(403);
      expect((await client.put(`${sessionPath}/attendance`, { partners: [], attendeeIds: [] })).status).toBe(403);
    }
  });

  it('records attendance per partner and who came, and refuses a record that contradicts itself', async () => {
    const set = await coordinator.put(`${sessionPath}/attendance`, {
      partners: [
        { partnerId: ids.ggz, status: 'present' },
        { partnerId: ids.politie, status: 'excused' },
      ],
      attendeeIds: [ids.rep, ids.member, ids.coordinator],
    });
    expect(set.status).toBe(200);
    const byName = Object.fromEntries(set.body.partners.map((p: { name: string; status: string | null; attendees: { name: string }[] }) => [p.name, [p.status, p.attendees.map((a) => a.name)]]));
    // The wijkteam was not recorded, but Mo came for it: present.
    expect(byName).toEqual({ 'GGZ Noord': ['present', ['Gert GGZ']], 'Politie Noord': ['excused', []], 'Wijkteam Centrum': ['present', ['Mo Deelnemer']] });
    expect(set.body.attendees.map((a: { name: string }) => a.name)).toEqual(['Anna Beheer', 'Gert GGZ', 'Mo Deelnemer']);
    expect((await observer.get(sessionPath)).body.attendance).toEqual(set.body);

    const contradiction = await coordinator.put(`${sessionPath}/attendance`, { partners: [{ partnerId: ids.wijkteam, status: 'absent' }], attendeeIds: [ids.member] });
    expect(contradiction.status).toBe(400);
    expect(contradiction.body.error.details).toEqual([{ path: ['attendeeIds', 0], message: 'This person came, but their partner is marked absent' }]);
    const stranger = await coordinator.put(`${sessionPath}/attendance`, { partners: [{ partnerId: crypto.randomUUID(), status: 'absent' }], attendeeIds: [crypto.randomUUID()] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.details.map((d: { path: unknown[] }) => d.path)).toEqual([
      ['partners', 0, 'partnerId'],
      ['attendeeIds', 0],
    ]);
    expect((await coordinator.put(`${sessionPath}/attendance`, { partners: [{ partnerId: ids.ggz, status: 'late' }], attendeeIds: [] })).status).toBe(400);
    // Refused records change nothing.
    expect((await coordinator.get(sessionPath)).body.attendance).toEqual(set.body);
  });

  it('keeps a decision flagged until someone claims a step for themselves with a date, and says why', async () => {
    const decision = (await coordinator.post(`${sessionPath}/decisions`, { title: 'Eén crisisnummer voor de hele regio' })).body;
    expect(decision).toMatchObject({ changesNothingTomorrow: true, changesNothingBecause: 'no_step' });
    const decisionPath = `${base}/decisions/${decision.id}`;

    // Claiming from a decision without a date is refused; the step is not made.
    const undated = await member.post(`${base}/steps`, { title: 'Nummer doorgeven', servesKind: 'decision', servesId: decision.id, claim: true });
    expect(undated.status).toBe(400);
    expect(undated.body.error.details[0].path).toEqual(['dueOn']);
    expect((await member.get(decisionPath)).body.consequences).toEqual([]);

    const proposed = await coordinator.post(`${base}/steps`, { title: 'Nummer doorgeven aan de meldkamer', servesKind: 'decision', servesId: decision.id });
    expect(proposed.status).toBe(201);
    expect((await member.get(decisionPath)).body).toMatchObject({ changesNothingTomorrow: true, changesNothingBecause: 'not_claimed' });

    // Nobody claims for someone else, and claiming without a date is refused.
    expect((await coordinator.post(`${base}/steps/${proposed.body.id}/claim`, { userId: ids.member, dueOn: '2027-01-15' })).status).toBe(403);
    const noDate = await member.post(`${base}/steps/${proposed.body.id}/claim`, {});
    expect(noDate.status).toBe(400);
    expect((await member.get(`${base}/steps/${proposed.body.id}`)).body.status).toBe('open');
    expect((await member.post(`${base}/steps/${proposed.body.id}/claim`, { dueOn: '2027-02-30' })).status).toBe(400);

    const claimed = await member.post(`${base}/steps/${proposed.body.id}/claim`, { dueOn: '2027-01-15' });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ status: 'claimed', dueOn: '2027-01-15', claimedBy: { id: ids.member, name: 'Mo Deelnemer' } });
    const after = (await observer.get(decisionPath)).body;
    expect(after).toMatchObject({ changesNothingTomorrow: false, changesNothingBecause: null });
    expect(after.consequences).toEqual([{ id: proposed.body.id, title: 'Nummer doorgeven aan de meldkamer', status: 'claimed', dueOn: '2027-01-15', owner: { id: ids.member, name: 'Mo Deelnemer' } }]);

    // The claimed consequence keeps its date.
    const cleared = await member.patch(`${base}/steps/${proposed.body.id}`, { baseVersion: claimed.body.version, dueOn: null });
    expect(cleared.status).toBe(400);
    const moved = await member.patch(`${base}/steps/${proposed.body.id}`, { baseVersion: claimed.body.version, dueOn: '2027-01-22' });
    expect(moved.body.dueOn).toBe('2027-01-22');

    // Claiming at once with a date works too; a step that serves something else needs no date.
    const direct = await rep.post(`${base}/steps`, { title: 'Protocol aanpassen', servesKind: 'decision', servesId: decision.id, dueOn: '2027-01-31', claim: true });
    expect(direct.status).toBe(201);
    expect(direct.body).toMatchObject({ status: 'claimed', dueOn: '2027-01-31', claimedBy: { id: ids.rep } });
    expect((await rep.post(`${base}/steps`, { title: 'Iets voor mezelf', claim: true })).status).toBe(201);
    expect((await observer.post(`${base}/steps`, { title: 'Meekijken', servesKind: 'decision', servesId: decision.id, dueOn: '2027-01-31', claim: true })).status).toBe(403);
  });

  it('lets only someone who was there, or whose partner was, claim a step of the session’s decision, and says why not', async () => {
    const networkId = base.split('/').at(-1)!;
    // Politie Noord was excused: its representative was not there.
    const absent = await invitePerson(app, coordinator, networkId, { name: 'Petra Politie', email: 'petra@politie.test', role: 'representative', partnerId: ids.politie });
    const decision = (await coordinator.post(`${sessionPath}/decisions`, { title: 'Gezamenlijke crisiskaart' })).body;
    expect((await absent.get(sessionPath)).body.myClaimProblem).toBe('not_present');
    expect((await rep.get(sessionPath)).body.myClaimProblem).toBeNull();

    const step = (await coordinator.post(`${base}/steps`, { title: 'Crisiskaart ontwerpen', servesKind: 'decision', servesId: decision.id })).body;
    const refused = await absent.post(`${base}/steps/${step.id}/claim`, { dueOn: '2027-02-01' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict', details: { reason: 'not_present', sessionId: sessionPath.split('/').at(-1) } });
    expect(refused.body.error.message).toMatch(/not recorded present/);
    const refusedAtOnce = await absent.post(`${base}/steps`, { title: 'Kaart verspreiden', servesKind: 'decision', servesId: decision.id, dueOn: '2027-02-01', claim: true });
    expect(refusedAtOnce.status).toBe(409);
    expect(refusedAtOnce.body.error.details.reason).toBe('not_present');
    expect((await absent.get(`${base}/steps/${step.id}`)).body.status).toBe('open');
    expect((await absent.get(`${base}/decisions/${decision.id}`)).body).toMatchObject({ changesNothingTomorrow: true, consequences: [{ id: step.id, owner: null }] });
    // Proposing without claiming stays open to everyone, and steps that serve something else are not bound to a session.
    expect((await absent.post(`${base}/steps`, { title: 'Kaart laten drukken', servesKind: 'decision', servesId: decision.id })).status).toBe(201);
    expect((await absent.post(`${base}/steps`, { title: 'Iets voor de politie', claim: true })).status).toBe(201);

    // The member came for the wijkteam: they claim it, with a date (the self-claim rule stays).
    expect((await member.post(`${base}/steps/${step.id}/claim`, { dueOn: '2027-02-01' })).status).toBe(200);

    // At a session whose attendance nobody recorded, nobody can claim yet, and the reason says so.
    const later = (await coordinator.post(`${base}/sessions`, { title: 'Stuurgroep januari', heldOn: '2027-01-11' })).body;
    const laterDecision = (await coordinator.post(`${base}/sessions/${later.id}/decisions`, { title: 'Evaluatie in maart' })).body;
    expect((await member.get(`${base}/sessions/${later.id}`)).body.myClaimProblem).toBe('attendance_not_recorded');
    const early = await member.post(`${base}/steps`, { title: 'Evaluatie voorbereiden', servesKind: 'decision', servesId: laterDecision.id, dueOn: '2027-03-01', claim: true });
    expect(early.status).toBe(409);
    expect(early.body.error.details.reason).toBe('attendance_not_recorded');
    // Once the coordinator is recorded as having come, they may claim; the member's partner was not recorded, so not they.
    expect((await coordinator.put(`${base}/sessions/${later.id}/attendance`, { partners: [], attendeeIds: [ids.coordinator] })).status).toBe(200);
    expect((await coordinator.post(`${base}/steps`, { title: 'Evaluatie voorbereiden', servesKind: 'decision', servesId: laterDecision.id, dueOn: '2027-03-01', claim: true })).status).toBe(201);
    expect((await member.get(`${base}/sessions/${later.id}`)).body.myClaimProblem).toBe('not_present');
  });

  it('says a claimed step without a date is what a decision lacks', async () => {
    const decision = (await coordinator.post(`${sessionPath}/decisions`, { title: 'Warme overdracht als standaard' })).body;
    // A step claimed before this rule, without a date, as older data may hold.
    await app.runtime.deps.db
      .insertInto('steps')
      .values({ id: crypto.randomUUID(), network_id: base.split('/')[3]!, created_by: ids.member!, title: 'Oud', status: 'claimed', claimed_by: ids.member!, due_on: null, serves_kind: 'decision', serves_id: decision.id })
      .execute();
    expect((await member.get(`${base}/decisions/${decision.id}`)).body).toMatchObject({ changesNothingTomorrow: true, changesNothingBecause: 'no_date' });
  });
});
