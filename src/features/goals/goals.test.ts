import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('goals (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let base: string;
  let ggz: string;
  let wijkteam: string;
  let jeugdhulp: string;
  let ggzRep: TestClient;
  let wijkteamRep: TestClient;
  let jeugdhulpRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  const goal = (partnerIds: string[], extra: Record<string, unknown> = {}) => ({
    title: 'Binnen 24 uur een passende plek',
    indicator: 'Aandeel jongeren in crisis met binnen 24 uur een passende plek',
    unit: '%',
    baseline: 55,
    target: 90,
    deadline: '2027-12-31',
    agreedResult: 'Elke jongere in crisis heeft binnen 24 uur een passende plek, zonder wachtlijst tussen onze organisaties.',
    partnerIds,
    ...extra,
  });
  const kindsFor = async (email: string) =>
    (
      await app.runtime.deps.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select('n.kind').where('u.email', '=', email).execute()
    ).map((n) => n.kind);

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    jeugdhulp = await addPartner(app, networkId, 'Jeugdhulp De Brug', 'jeugdhulp');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    wijkteamRep = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijkteam', email: 'wim@wijkteam.test', role: 'representative', partnerId: wijkteam });
    jeugdhulpRep = await invitePerson(app, coordinator, networkId, { name: 'Jet Jeugdhulp', email: 'jet@brug.test', role: 'representative', partnerId: jeugdhulp });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('lets only the coordinator set out a goal, asks the involved partners to accept, and shows it to every role', async () => {
    for (const client of [ggzRep, member, observer]) expect((await client.post(`${base}/goals`, goal([ggz]))).status).toBe(403);
    expect((await coordinator.post(`${base}/goals`, goal([]))).status).toBe(400);
    expect((await coordinator.post(`${base}/goals`, goal([ggz], { deadline: '2027-02-30' }))).status).toBe(400);
    expect((await coordinator.post(`${base}/goals`, goal([ggz, crypto.randomUUID()]))).status).toBe(400);
    const created = await coordinator.post(`${base}/goals`, goal([ggz, wijkteam]));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, shared: false, target: 90, baseline: 55, unit: '%', deadline: '2027-12-31', latest: null });
    expect(created.body.partners.map((p: { name: string; accepted: boolean }) => [p.name, p.accepted])).toEqual([
      ['GGZ Noord', false],
      ['Wijkteam Centrum', false],
    ]);
    expect(await kindsFor('gert@ggz.test')).toContain('goalToAccept');
    expect(await kindsFor('jet@brug.test')).not.toContain('goalToAccept');
    for (const client of [observer, member, jeugdhulpRep]) expect((await client.get(`${base}/goals`)).body.items[0].id).toBe(created.body.id);
  });

  it('is shared once every involved partner accepted the current version; a new agreed result resets the acceptances', async () => {
    const created = await coordinator.post(`${base}/goals`, goal([ggz, wijkteam], { title: 'Eén crisisnummer' }));
    const id = created.body.id as string;
    expect((await jeugdhulpRep.put(`${base}/goals/${id}/acceptance`, { version: 1, accepted: true })).status).toBe(403);
    for (const client of [coordinator, member, observer]) expect((await client.put(`${base}/goals/${id}/acceptance`, { version: 1, accepted: true })).status).toBe(403);
    const first = await ggzRep.put(`${base}/goals/${id}/acceptance`, { version: 1, accepted: true });
    expect(first.status).toBe(200);
    expect(first.body.shared).toBe(false);
    expect(first.body.partners.find((p: { id: string }) => p.id === ggz)).toMatchObject({ accepted: true, acceptedVersion: 1, acceptedBy: { name: 'Gert GGZ' } });
    const both = await wijkteamRep.put(`${base}/goals/${id}/acceptance`, { version: 1, accepted: true });
    expect(both.body.shared).toBe(true);
    expect(await kindsFor('beheer@ketenregie.test')).toContain('goalShared');

    // A new title is no new agreement; a new agreed result is.
    const renamed = await coordinator.patch(`${base}/goals/${id}`, { baseVersion: 1, title: 'Eén crisisnummer voor de regio' });
    expect(renamed.body).toMatchObject({ version: 2, shared: true });
    expect((await coordinator.patch(`${base}/goals/${id}`, { baseVersion: 1, target: 95 })).status).toBe(409);
    const changed = await coordinator.patch(`${base}/goals/${id}`, { baseVersion: 2, agreedResult: 'Eén nummer, dag en nacht, voor alle crisisvragen jeugd.' });
    expect(changed.body).toMatchObject({ version: 3, shared: false });
    expect(changed.body.partners.every((p: { accepted: boolean }) => !p.accepted)).toBe(true);
    expect((await ggzRep.put(`${base}/goals/${id}/acceptance`, { version: 2, accepted: true })).status).toBe(409);
    await ggzRep.put(`${base}/goals/${id}/acceptance`, { version: 3, accepted: true });
    expect((await wijkteamRep.put(`${base}/goals/${id}/acceptance`, { version: 3, accepted: true })).body.shared).toBe(true);
    const withdrawn = await wijkteamRep.put(`${base}/goals/${id}/acceptance`, { version: 3, accepted: false });
    expect(withdrawn.body.shared).toBe(false);
    // A partner added later has yet to accept.
    await wijkteamRep.put(`${base}/goals/${id}/acceptance`, { version: 3, accepted: true });
    const widened = await coordinator.patch(`${base}/goals/${id}`, { baseVersion: 3, partnerIds: [ggz, wijkteam, jeugdhulp] });
    expect(widened.body.shared).toBe(false);
    expect(widened.body.partners.filter((p: { accepted: boolean }) => p.accepted)).toHaveLength(2);
    expect((await ggzRep.patch(`${base}/goals/${id}`, { baseVersion: 4, title: 'Van GGZ' })).status).toBe(403);
  });

  it('records dated progress values by the coordinator or an involved representative, oldest first', async () => {
    const created = await coordinator.post(`${base}/goals`, goal([ggz], { title: 'Terugbellen binnen een uur' }));
    const id = created.body.id as string;
    expect((await coordinator.post(`${base}/goals/${id}/progress`, { measuredOn: '2026-09-30', value: 61, note: 'Na het derde kwartaal' })).status).toBe(201);
    expect((await ggzRep.post(`${base}/goals/${id}/progress`, { measuredOn: '2026-06-30', value: 58 })).status).toBe(201);
    for (const client of [wijkteamRep, member, observer]) expect((await client.post(`${base}/goals/${id}/progress`, { measuredOn: '2026-07-01', value: 1 })).status).toBe(403);
    expect((await coordinator.post(`${base}/goals/${id}/progress`, { measuredOn: '2026-13-01', value: 1 })).status).toBe(400);
    const progress = await observer.get(`${base}/goals/${id}/progress`);
    expect(progress.body.items.map((p: { measuredOn: string; value: number }) => [p.measuredOn, p.value])).toEqual([
      ['2026-06-30', 58],
      ['2026-09-30', 61],
    ]);
    expect((await observer.get(`${base}/goals/${id}`)).body.latest).toEqual({ measuredOn: '2026-09-30', value: 61 });
  });
});
