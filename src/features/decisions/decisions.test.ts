import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('decisions (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let rep: TestClient;
  let member: TestClient;
  let observer: TestClient;
  let networkId: string;
  let base: string;
  let sessionId: string;
  let memberId: string;

  const addStep = async (decisionId: string, step: { claimedBy?: string | null; dueOn?: string | null; status?: 'open' | 'claimed' | 'done' | 'dropped' }) => {
    const id = crypto.randomUUID();
    await app.runtime.deps.db
      .insertInto('steps')
      .values({
        id,
        network_id: networkId,
        created_by: memberId,
        title: 'Wachtdienst rooster delen',
        status: step.status ?? (step.claimedBy ? 'claimed' : 'open'),
        claimed_by: step.claimedBy ?? null,
        due_on: step.dueOn ?? null,
        serves_kind: 'decision',
        serves_id: decisionId,
      })
      .execute();
    return id;
  };
  const flagOf = async (decisionId: string) => (await observer.get(`${base}/decisions/${decisionId}`)).body.changesNothingTomorrow as boolean;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    const ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    rep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
    memberId = (await member.get('/api/me')).body.user.id;
    sessionId = (await coordinator.post(`${base}/sessions`, { title: 'Stuurgroep november', heldOn: '2026-11-30' })).body.id;
  });
  afterAll(() => app?.close());

  it('records a decision in a session (coordinator only), audited, and flags it until it has a consequence', async () => {
    const created = await coordinator.post(`${base}/sessions/${sessionId}/decisions`, { title: ' Eén crisisnummer ', description: 'Vanaf **januari**.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Eén crisisnummer',
      description: 'Vanaf **januari**.',
      session: { id: sessionId, title: 'Stuurgroep november', heldOn: '2026-11-30' },
      consequences: [],
      changesNothingTomorrow: true,
      version: 1,
    });
    const audit = await app.runtime.deps.db.selectFrom('audit_events').select('action').where('object_id', '=', created.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['decision.create']);
    for (const client of [rep, member, observer]) {
      expect((await client.post(`${base}/sessions/${sessionId}/decisions`, { title: 'Eigen besluit' })).status).toBe(403);
      expect((await client.patch(`${base}/decisions/${created.body.id}`, { baseVersion: 1, title: 'Anders' })).status).toBe(403);
      expect((await client.delete(`${base}/decisions/${created.body.id}`)).status).toBe(403);
      expect((await client.get(`${base}/decisions/${created.body.id}`)).status).toBe(200);
    }
    expect((await coordinator.post(`${base}/sessions/${crypto.randomUUID()}/decisions`, { title: 'Nergens' })).status).toBe(404);
    expect((await coordinator.post(`${base}/sessions/${sessionId}/decisions`, { title: 'Besluit', owner: memberId })).status).toBe(400);
  });

  it('changes nothing tomorrow without a step, with a claimed step without date, and again once that step is dropped', async () => {
    const decision = (await coordinator.post(`${base}/sessions/${sessionId}/decisions`, { title: 'Gezamenlijk wachtrooster' })).body.id as string;
    expect(await flagOf(decision)).toBe(true);
    await addStep(decision, { dueOn: '2026-12-15' });
    expect(await flagOf(decision)).toBe(true); // a date but no owner
    const undated = await addStep(decision, { claimedBy: memberId });
    expect(await flagOf(decision)).toBe(true); // an owner but no date
    await app.runtime.deps.db.updateTable('steps').set({ due_on: '2026-12-20' }).where('id', '=', undated).execute();
    expect(await flagOf(decision)).toBe(false);
    const view = (await observer.get(`${base}/decisions/${decision}`)).body;
    expect(view.consequences.find((c: { id: string }) => c.id === undated)).toMatchObject({ owner: { id: memberId, name: 'Mo Deelnemer' }, dueOn: '2026-12-20', status: 'claimed' });
    await app.runtime.deps.db.updateTable('steps').set({ status: 'done' }).where('id', '=', undated).execute();
    expect(await flagOf(decision)).toBe(false); // done is still a consequence
    await app.runtime.deps.db.updateTable('steps').set({ status: 'dropped' }).where('id', '=', undated).execute();
    expect(await flagOf(decision)).toBe(true);
    const session = (await observer.get(`${base}/sessions/${sessionId}`)).body;
    expect(session.decisions.find((d: { id: string }) => d.id === decision).changesNothingTomorrow).toBe(true);
  });

  it('lists decisions across sessions, newest first, paginated, and filters on the flag', async () => {
    const other = (await coordinator.post(`${base}/sessions`, { title: 'Werkoverleg', heldOn: '2026-12-02' })).body.id as string;
    const withConsequence = (await coordinator.post(`${base}/sessions/${other}/decisions`, { title: 'Warme overdracht bij opname' })).body.id as string;
    await addStep(withConsequence, { claimedBy: memberId, dueOn: '2027-01-10' });
    const all = await member.get(`${base}/decisions?limit=2`);
    expect(all.status).toBe(200);
    expect(all.body.items.map((d: { title: string }) => d.title)).toEqual(['Warme overdracht bij opname', 'Gezamenlijk wachtrooster']);
    expect(all.body.items[0]).toMatchObject({ changesNothingTomorrow: false, session: { title: 'Werkoverleg' } });
    const rest = await member.get(`${base}/decisions?limit=2&cursor=${all.body.nextCursor}`);
    expect(rest.body.items.map((d: { title: string }) => d.title)).toEqual(['Eén crisisnummer']);
    expect(rest.body.nextCursor).toBeNull();
    const flagged = await observer.get(`${base}/decisions?changesNothing=true`);
    expect(flagged.body.items.map((d: { title: string }) => d.title)).toEqual(['Gezamenlijk wachtrooster', 'Eén crisisnummer']);
    expect(flagged.body.items.every((d: { changesNothingTomorrow: boolean }) => d.changesNothingTomorrow)).toBe(true);
    const acting = await observer.get(`${base}/decisions?changesNothing=false`);
    expect(acting.body.items.map((d: { title: string }) => d.title)).toEqual(['Warme overdracht bij opname']);
    expect((await observer.get(`${base}/decisions?changesNothing=ja`)).status).toBe(400);
    const sessions = (await observer.get(`${base}/sessions`)).body.items as Array<{ title: string; changesNothingTomorrow: number; decisions: number }>;
    expect(sessions.map((s) => [s.title, s.decisions, s.changesNothingTomorrow])).toEqual([
      ['Werkoverleg', 1, 0],
      ['Stuurgroep november', 2, 2],
    ]);
  });

  it('changes a decision with baseVersion (409 when stale) and deletes it, leaving the steps with their owners', async () => {
    const created = (await coordinator.post(`${base}/sessions/${sessionId}/decisions`, { title: 'Evaluatie in maart' })).body;
    const step = await addStep(created.id, { claimedBy: memberId, dueOn: '2027-03-01' });
    const changed = await coordinator.patch(`${base}/decisions/${created.id}`, { baseVersion: 1, description: 'Met alle partners' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, title: 'Evaluatie in maart', description: 'Met alle partners' });
    const stale = await coordinator.patch(`${base}/decisions/${created.id}`, { baseVersion: 1, title: 'Evaluatie in april' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    const deleted = await coordinator.delete(`${base}/decisions/${created.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.consequences.map((c: { id: string }) => c.id)).toEqual([step]);
    expect((await coordinator.get(`${base}/decisions/${created.id}`)).status).toBe(404);
    const kept = await app.runtime.deps.db.selectFrom('steps').select(['claimed_by', 'serves_kind', 'serves_id']).where('id', '=', step).executeTakeFirstOrThrow();
    expect(kept).toEqual({ claimed_by: memberId, serves_kind: null, serves_id: null });
    const audit = await app.runtime.deps.db.selectFrom('audit_events').select('action').where('object_id', '=', created.id).orderBy('created_at').execute();
    expect(audit.map((a) => a.action)).toEqual(['decision.create', 'decision.update', 'decision.delete']);
  });

  it('takes a consequence through the steps API: a member who came claims a dated step for the decision', async () => {
    const decision = (await coordinator.post(`${base}/sessions/${sessionId}/decisions`, { title: 'Crisiskaart voor elke jongere' })).body.id as string;
    // Only someone who was at the session takes a step of its decisions on.
    const early = await member.post(`${base}/steps`, { title: 'Format crisiskaart opstellen', dueOn: '2027-02-01', servesKind: 'decision', servesId: decision, claim: true });
    expect(early.status).toBe(409);
    expect((await coordinator.put(`${base}/sessions/${sessionId}/attendance`, { partners: [], attendeeIds: [memberId] })).status).toBe(200);
    const step = await member.post(`${base}/steps`, { title: 'Format crisiskaart opstellen', dueOn: '2027-02-01', servesKind: 'decision', servesId: decision, claim: true });
    expect(step.status).toBe(201);
    const view = (await observer.get(`${base}/decisions/${decision}`)).body;
    expect(view.changesNothingTomorrow).toBe(false);
    expect(view.consequences).toEqual([expect.objectContaining({ title: 'Format crisiskaart opstellen', owner: { id: memberId, name: 'Mo Deelnemer' }, dueOn: '2027-02-01' })]);
  });
});
