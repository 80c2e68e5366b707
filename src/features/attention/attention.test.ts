import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { answers, insertResponse, insertRound } from '../../../test/helpers/round-data.ts';
import { createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('attention (%s)', (kind) => {
  const clock = new TestClock('2026-12-07T09:00:00Z');
  let app: TestApp;
  let coordinator: TestClient, ggzRep: TestClient, sterRep: TestClient, member: TestClient, observer: TestClient;
  let networkId: string, base: string, ggz: string, ster: string;
  const userIds: Record<string, string> = {};
  const attention = async (client: TestClient) => {
    const res = await client.get(`${base}/attention`);
    expect(res.status).toBe(200);
    return res.body as { today: string; items: { kind: string; id: string; title: string; due: string | null; overdue: boolean; link: string }[] };
  };

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = (await coordinator.post(`${base}/partners`, { name: 'GGZ Noord', sector: 'ggz' })).body.id;
    ster = (await coordinator.post(`${base}/partners`, { name: 'Stichting Ster', sector: 'gehandicaptenzorg' })).body.id;
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    sterRep = await invitePerson(app, coordinator, networkId, { name: 'Sanne Ster', email: 'sanne@ster.test', role: 'representative', partnerId: ster });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Gemeente', email: 'olga@gemeente.test', role: 'observer' });
    for (const [name, client] of Object.entries({ coordinator, ggzRep, sterRep, member, observer })) userIds[name] = (await client.get('/api/me')).body.user.id;
  });
  afterAll(() => app?.close());

  it('is empty for everyone in a quiet network', async () => {
    for (const client of [coordinator, ggzRep, member, observer]) expect(await attention(client)).toEqual({ today: '2026-12-07', items: [] });
  });

  it('lists the open questionnaire for the invited who have not sent it, never whether others did', async () => {
    const roundId = await insertRound(app, networkId, userIds.coordinator!, 'open', 'Ronde december');
    await insertResponse(app, { networkId, roundId }, userIds.ggzRep!, ggz);
    await insertResponse(app, { networkId, roundId }, userIds.sterRep!, ster, answers({}));
    const mine = await attention(ggzRep);
    expect(mine.items).toEqual([expect.objectContaining({ kind: 'questionnaire', id: roundId, title: 'Ronde december', link: `/networks/${networkId}/rounds/${roundId}/questionnaire` })]);
    expect(mine.items[0]!.due).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await attention(sterRep)).items).toEqual([]); // sent
    expect((await attention(coordinator)).items).toEqual([]); // not invited, and no word on who answered
    await app.runtime.deps.db.updateTable('rounds').set({ status: 'closed' }).where('id', '=', roundId).execute();
    expect((await attention(ggzRep)).items).toEqual([]);
  });

  it("lists a proposal for the representatives of the parties until their partner decided, not for others", async () => {
    const agreement = (await coordinator.post(`${base}/agreements`, { kind: 'escalation', title: 'Risico’s melden', body: 'Een partner meldt een wachtlijst langer dan vier weken.', partyIds: [ggz] })).body;
    expect((await attention(ggzRep)).items).toEqual([]); // a draft asks nothing yet
    expect((await coordinator.post(`${base}/agreements/${agreement.id}/propose`, { version: 1 })).status).toBe(200);
    expect((await attention(ggzRep)).items).toEqual([expect.objectContaining({ kind: 'ratification', id: agreement.id, title: 'Risico’s melden', link: `/networks/${networkId}/agreements/${agreement.id}` })]);
    for (const client of [sterRep, member, observer, coordinator]) expect((await attention(client)).items).toEqual([]);
    expect((await ggzRep.post(`${base}/agreements/${agreement.id}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(200);
    expect((await attention(ggzRep)).items).toEqual([]);
  });

  it('lists a request addressed to the partner for its representative only, until it is answered', async () => {
    const request = (await sterRep.post(`${base}/requests`, { toPartnerId: ggz, title: 'Consult kinderpsychiater' })).body;
    expect((await attention(ggzRep)).items).toEqual([expect.objectContaining({ kind: 'request', id: request.id, link: `/networks/${networkId}/requests` })]);
    for (const client of [sterRep, member, coordinator]) expect((await attention(client)).items).toEqual([]);
    expect((await ggzRep.post(`${base}/requests/${request.id}/status`, { to: 'declined', reason: 'Geen ruimte deze maand' })).status).toBe(200);
    expect((await attention(ggzRep)).items).toEqual([]);
  });

  it("lists a difference waiting for the partner's view, until the representative writes it", async () => {
    const difference = (
      await coordinator.post(`${base}/differences`, { topic: 'Wie draagt de achterwacht?', description: 'Psychiater of begeleider', kind: 'work_logic', partnerIds: [ggz, ster] })
    ).body;
    expect((await attention(ggzRep)).items.map((i) => [i.kind, i.id])).toEqual([['difference', difference.id]]);
    expect((await attention(sterRep)).items.map((i) => i.kind)).toEqual(['difference']);
    expect((await attention(member)).items).toEqual([]);
    const written = await ggzRep.put(`${base}/differences/${difference.id}/views/${ggz}`, { view: 'Een psychiater op afroep, omdat de crisis medisch kan zijn.' });
    expect(written.status).toBe(200);
    expect((await attention(ggzRep)).items).toEqual([]);
    expect((await attention(sterRep)).items.map((i) => i.kind)).toEqual(['difference']);
  });

  it('lists my own steps due within a week or overdue, following the clock, and the next session last', async () => {
    const soon = (await member.post(`${base}/steps`, { title: 'Bereikbaarheidslijst bijwerken', dueOn: '2026-12-10', claim: true })).body;
    await member.post(`${base}/steps`, { title: 'Later', dueOn: '2026-12-31', claim: true });
    await coordinator.post(`${base}/steps`, { title: 'Van een ander', dueOn: '2026-12-08', claim: true });
    const session = (await coordinator.post(`${base}/sessions`, { title: 'Stuurgroep', heldOn: '2026-12-14', participantIds: [userIds.member!] })).body;
    await coordinator.post(`${base}/sessions`, { title: 'Terugblik', heldOn: '2026-12-01' });
    let items = (await attention(member)).items;
    expect(items.map((i) => [i.kind, i.title, i.due, i.overdue])).toEqual([
      ['step', 'Bereikbaarheidslijst bijwerken', '2026-12-10', false],
      ['session', 'Stuurgroep', '2026-12-14', false],
    ]);
    expect(items[1]!.link).toBe(`/networks/${networkId}/sessions/${session.id}`);
    expect((await attention(observer)).items.map((i) => i.kind)).toEqual(['session']);

    clock.set('2026-12-11T09:00:00Z');
    items = (await attention(member)).items;
    expect(items[0]).toMatchObject({ kind: 'step', id: soon.id, overdue: true });
    clock.set('2026-12-25T09:00:00Z'); // 'Later' is due within a week now, the session has passed
    expect((await attention(member)).items.map((i) => [i.kind, i.title, i.overdue])).toEqual([
      ['step', 'Bereikbaarheidslijst bijwerken', true],
      ['step', 'Later', false],
    ]);
  });

  it('refuses a network the caller has no role in, and anonymous callers', async () => {
    const other = await createNetwork(coordinator, 'Ander netwerk');
    expect((await ggzRep.get(`/api/networks/${other}/attention`)).status).toBe(404);
    expect((await app.client().get(`${base}/attention`)).status).toBe(401);
  });
});
