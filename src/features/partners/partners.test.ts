import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { createNetwork, invitationTokenFor, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('partners (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  const base = () => `/api/networks/${networkId}/partners`;
  const mapRevision = async (id = networkId) =>
    (await app.runtime.deps.db.selectFrom('networks').select('map_revision').where('id', '=', id).executeTakeFirstOrThrow()).map_revision;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
  });
  afterAll(() => app?.close());

  it('lets the coordinator add a partner with its sector and optional identifiers, and records it', async () => {
    const before = await mapRevision();
    const res = await coordinator.post(base(), {
      name: 'GGZ Noord',
      sector: 'ggz',
      kvk: '1234 5678',
      agb: '03.10.12.34',
      website: 'https://www.ggznoord.example',
      description: 'Specialistische GGZ voor jeugd',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'GGZ Noord',
      sector: 'ggz',
      kvk: '12345678',
      agb: '03101234',
      ura: null,
      website: 'https://www.ggznoord.example',
      description: 'Specialistische GGZ voor jeugd',
      version: 1,
      representatives: [],
      profile: { version: 0, complete: false, savedAt: null },
      historyConfirmedAt: null,
    });
    expect(await mapRevision()).toBe(before + 1);
    const log = await coordinator.get(`/api/networks/${networkId}/audit`);
    expect(log.body.items[0]).toMatchObject({ action: 'partner.create', objectType: 'partner', objectId: res.body.id, details: { name: 'GGZ Noord', sector: 'ggz' } });
  });

  it('refuses invalid identifiers, unknown sectors and fields, and a name already in use', async () => {
    const kvk = await coordinator.post(base(), { name: 'Zeven cijfers', sector: 'welzijn', kvk: '1234567' });
    expect(kvk.status).toBe(400);
    expect(kvk.body.error.details).toContainEqual(expect.objectContaining({ path: ['kvk'], message: 'A KvK number has exactly 8 digits' }));
    expect((await coordinator.post(base(), { name: 'Letters', sector: 'welzijn', ura: 'ABCDEFGH' })).status).toBe(400);
    expect((await coordinator.post(base(), { name: 'Onbekend', sector: 'bakkerij' })).status).toBe(400);
    expect((await coordinator.post(base(), { name: 'Extra veld', sector: 'anders', owner: 'x' })).status).toBe(400);
    expect((await coordinator.post(base(), { name: 'Site', sector: 'anders', website: 'ftp://x.example' })).status).toBe(400);
    expect((await coordinator.post(base(), { name: 'X', sector: 'anders' })).status).toBe(400);
    const duplicate = await coordinator.post(base(), { name: 'ggz noord', sector: 'ggz' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.details).toEqual({ field: 'name' });
  });

  it('lists partners page by page with their representatives, profile status and history confirmation', async () => {
    const otherNetwork = await createNetwork(coordinator, 'Ander netwerk');
    await coordinator.post(`/api/networks/${otherNetwork}/partners`, { name: 'Elders BV', sector: 'anders' });
    const lvb = (await coordinator.post(base(), { name: 'LVB Zorg Noord', sector: 'gehandicaptenzorg' })).body;
    await coordinator.post(base(), { name: 'Gemeente Noord', sector: 'gemeente' });
    const representative = await invitePerson(app, coordinator, networkId, { name: 'Lotte Vertegenwoordiger', email: 'lotte@lvb.test', role: 'representative', partnerId: lvb.id });
    await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@lvb.test', role: 'member', partnerId: lvb.id });
    await representative.put(`${base()}/${lvb.id}/profile`, { baseVersion: 0, drivers: 'a', interests: 'b', values: '', workLogic: '', offer: 'c', need: 'd', competences: '', constituency: '', constituencyRisks: '' });
    const user = await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'lotte@lvb.test').executeTakeFirstOrThrow();
    await app.runtime.deps.db.insertInto('history_confirmations').values({ partner_id: lvb.id, network_id: networkId, confirmed_by: user.id }).execute();

    const first = await representative.get(`${base()}?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((p: { name: string }) => p.name)).toEqual(['GGZ Noord', 'LVB Zorg Noord']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const shownLvb = first.body.items[1];
    expect(shownLvb.representatives).toEqual([{ userId: user.id, name: 'Lotte Vertegenwoordiger' }]);
    expect(shownLvb.profile).toMatchObject({ version: 1, complete: true });
    expect(shownLvb.historyConfirmedAt).toEqual(expect.any(String));
    const second = await representative.get(`${base()}?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((p: { name: string }) => p.name)).toEqual(['Gemeente Noord']);
    expect(second.body.nextCursor).toBeNull();
    expect((await representative.get(`${base()}?cursor=rubbish`)).status).toBe(400);
  });

  it('lets every role read partners, and only the coordinator change them', async () => {
    const partnerId = (await coordinator.get(base())).body.items[0].id as string;
    const member = await invitePerson(app, coordinator, networkId, { name: 'Mia Deelnemer', email: 'mia@wijkteam.test', role: 'member' });
    const observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@gemeente.test', role: 'observer' });
    const representative = await invitePerson(app, coordinator, networkId, { name: 'Rob Vertegenwoordiger', email: 'rob@ggz.test', role: 'representative', partnerId });
    for (const client of [member, observer, representative]) {
      expect((await client.get(base())).status).toBe(200);
      expect((await client.get(`${base()}/${partnerId}`)).status).toBe(200);
      expect((await client.post(base(), { name: 'Nieuwe partner', sector: 'welzijn' })).status).toBe(403);
      expect((await client.patch(`${base()}/${partnerId}`, { baseVersion: 1, name: 'Overgenomen' })).status).toBe(403);
      const removal = await client.delete(`${base()}/${partnerId}`);
      expect(removal.status).toBe(403);
      expect(removal.body.error.code).toBe('forbidden');
    }
    expect((await coordinator.get(`${base()}/${partnerId}`)).body.name).toBe('GGZ Noord');
  });

  it('answers 404 for a partner of another network or one that does not exist', async () => {
    const otherNetwork = await createNetwork(coordinator, 'Derde netwerk');
    const foreign = (await coordinator.post(`/api/networks/${otherNetwork}/partners`, { name: 'Vreemde partner', sector: 'welzijn' })).body.id;
    expect((await coordinator.get(`${base()}/${foreign}`)).status).toBe(404);
    expect((await coordinator.patch(`${base()}/${foreign}`, { baseVersion: 1, name: 'Gekaapt' })).status).toBe(404);
    expect((await coordinator.delete(`${base()}/${foreign}`)).status).toBe(404);
    expect((await coordinator.get(`${base()}/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await coordinator.get(`${base()}/not-a-uuid`)).status).toBe(400);
  });

  it('changes details on the current version, and answers a stale one with 409 and the current partner', async () => {
    const created = (await coordinator.post(base(), { name: 'Welzijn Noord', sector: 'welzijn', kvk: '87654321' })).body;
    const before = await mapRevision();
    const ok = await coordinator.patch(`${base()}/${created.id}`, { baseVersion: 1, name: 'Welzijn Noord-Oost', kvk: '', ura: '11223344', description: 'Buurtwerk' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Welzijn Noord-Oost', sector: 'welzijn', kvk: null, ura: '11223344', description: 'Buurtwerk', version: 2 });
    expect(await mapRevision()).toBe(before + 1);

    const stale = await coordinator.patch(`${base()}/${created.id}`, { baseVersion: 1, sector: 'wijkteam' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ currentVersion: 2, current: { name: 'Welzijn Noord-Oost', version: 2 } });
    expect((await coordinator.get(`${base()}/${created.id}`)).body.sector).toBe('welzijn');

    const taken = await coordinator.patch(`${base()}/${created.id}`, { baseVersion: 2, name: 'GGZ NOORD' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.details).toEqual({ field: 'name' });
    expect((await coordinator.patch(`${base()}/${created.id}`, { baseVersion: 2, name: 'welzijn noord-oost' })).status).toBe(200);
    expect((await coordinator.patch(`${base()}/${created.id}`, { baseVersion: 3, agb: '123' })).status).toBe(400);
    expect((await coordinator.patch(`${base()}/${created.id}`, { name: 'Zonder versie' })).status).toBe(400);

    const log = await coordinator.get(`/api/networks/${networkId}/audit`);
    const update = log.body.items.find((e: { action: string; details: { name?: string } }) => e.action === 'partner.update' && e.details.name === 'Welzijn Noord-Oost');
    expect(update).toMatchObject({ objectId: created.id, details: { name: 'Welzijn Noord-Oost', kvk: null, ura: '11223344', description: 'Buurtwerk' } });
  });

  it('refuses to remove a partner while people hold a role for it, and removes it with its profile otherwise', async () => {
    const kept = (await coordinator.post(base(), { name: 'Huisartsen Noord', sector: 'huisartsenzorg' })).body;
    const representative = await invitePerson(app, coordinator, networkId, { name: 'Henk Huisarts', email: 'henk@huisartsen.test', role: 'representative', partnerId: kept.id });
    const refused = await coordinator.delete(`${base()}/${kept.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ people: 1 });
    expect((await representative.get(`${base()}/${kept.id}`)).status).toBe(200);

    const gone = (await coordinator.post(base(), { name: 'Tijdelijke partner', sector: 'anders' })).body;
    await coordinator.put(`${base()}/${gone.id}/profile`, { baseVersion: 0, drivers: 'x', interests: '', values: '', workLogic: '', offer: '', need: '', competences: '', constituency: '', constituencyRisks: '' });
    await coordinator.post(`/api/networks/${networkId}/invitations`, { email: 'nog-niet@tijdelijk.test', role: 'representative', partnerId: gone.id });
    const token = await invitationTokenFor(app, 'nog-niet@tijdelijk.test');
    const before = await mapRevision();

    const removed = await coordinator.delete(`${base()}/${gone.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ id: gone.id, name: 'Tijdelijke partner' });
    expect(await mapRevision()).toBe(before + 1);
    expect((await coordinator.get(`${base()}/${gone.id}`)).status).toBe(404);
    const versions = await app.runtime.deps.db.selectFrom('partner_profile_versions').select('id').where('partner_id', '=', gone.id).execute();
    expect(versions).toEqual([]);
    expect((await app.client().post(`/api/invitations/${token}/accept`, { name: 'Nog Niet', password: 'een-goed-wachtwoord' })).status).toBe(410);
    const log = await coordinator.get(`/api/networks/${networkId}/audit`);
    expect(log.body.items[0]).toMatchObject({ action: 'partner.delete', objectId: gone.id, details: { name: 'Tijdelijke partner', withdrawnInvitations: 1 } });
  });

  it('creates a name only once when two people add the same partner at the same moment', async () => {
    const attempts = await Promise.all(
      ['Zorggroep Tegelijk', 'zorggroep tegelijk', 'ZORGGROEP TEGELIJK'].map((name) => coordinator.post(`/api/networks/${networkId}/partners`, { name, sector: 'vvt' })),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([201, 409, 409]);
  });
});
