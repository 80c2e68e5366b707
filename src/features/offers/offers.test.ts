import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('offers (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let base: string;
  let ggz: string;
  let wijkteam: string;
  let ggzRep: TestClient;
  let wijkteamRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    wijkteamRep = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijkteam', email: 'wim@wijkteam.test', role: 'representative', partnerId: wijkteam });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it("lets a representative keep their own partner's offers and the coordinator any partner's", async () => {
    const own = await ggzRep.post(`${base}/offers`, { title: 'Consult kinderpsychiater binnen 48 uur' });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ partner: { id: ggz, name: 'GGZ Noord' }, active: true });
    expect((await ggzRep.post(`${base}/offers`, { partnerId: wijkteam, title: 'Namens een ander' })).status).toBe(403);
    expect((await member.post(`${base}/offers`, { partnerId: ggz, title: 'Als deelnemer' })).status).toBe(403);
    expect((await observer.post(`${base}/offers`, { partnerId: ggz, title: 'Als toehoorder' })).status).toBe(403);
    expect((await coordinator.post(`${base}/offers`, { title: 'Zonder partner' })).status).toBe(400);
    const byCoordinator = await coordinator.post(`${base}/offers`, { partnerId: wijkteam, title: 'Huisbezoek binnen 24 uur' });
    expect(byCoordinator.status).toBe(201);
    expect((await wijkteamRep.patch(`${base}/offers/${own.body.id}`, { title: 'Overgenomen' })).status).toBe(403);
    const edited = await ggzRep.patch(`${base}/offers/${own.body.id}`, { description: 'Telefonisch of op locatie' });
    expect(edited.body.description).toBe('Telefonisch of op locatie');
    const list = await observer.get(`${base}/offers`);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([byCoordinator.body.id, own.body.id]);
    expect((await observer.get(`${base}/offers?partnerId=${ggz}`)).body.items).toHaveLength(1);
  });

  it('takes up an offer as a request to the offering partner, only by another partner and while it is active', async () => {
    const offer = await ggzRep.post(`${base}/offers`, { title: 'Scholing suïcidepreventie' });
    const id = offer.body.id as string;
    expect((await ggzRep.post(`${base}/offers/${id}/take-up`, {})).status).toBe(409);
    expect((await coordinator.post(`${base}/offers/${id}/take-up`, {})).status).toBe(403);
    expect((await member.post(`${base}/offers/${id}/take-up`, {})).status).toBe(403);
    const taken = await wijkteamRep.post(`${base}/offers/${id}/take-up`, { description: 'Voor ons hele team, in maart' });
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ title: 'Scholing suïcidepreventie', status: 'open', from: { id: wijkteam }, to: { id: ggz }, offer: { id, title: 'Scholing suïcidepreventie' } });
    const notice = await app.runtime.deps.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('n.kind')
      .where('u.email', '=', 'gert@ggz.test')
      .executeTakeFirst();
    expect(notice?.kind).toBe('requestMade');

    const off = await ggzRep.patch(`${base}/offers/${id}`, { active: false });
    expect(off.body.active).toBe(false);
    expect((await observer.get(`${base}/offers`)).body.items.map((o: { id: string }) => o.id)).not.toContain(id);
    expect((await observer.get(`${base}/offers?includeInactive=true`)).body.items.map((o: { id: string }) => o.id)).toContain(id);
    expect((await wijkteamRep.post(`${base}/offers/${id}/take-up`, {})).status).toBe(409);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['offer.create', 'offer.deactivate', 'request.create']));
  });
});
