import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('networks (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
  });
  afterAll(() => app?.close());

  it('makes the creator coordinator and lists the network as theirs', async () => {
    const created = await coordinator.post('/api/networks', { name: 'Crisisroute Jeugd Regio Noord', description: 'GGZ en LVB samen' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Crisisroute Jeugd Regio Noord', myRole: 'coordinator', anonymityK: 3, version: 1 });
    const list = await coordinator.get('/api/networks');
    expect(list.body.items.map((n: { id: string }) => n.id)).toContain(created.body.id);
    const detail = await coordinator.get(`/api/networks/${created.body.id}`);
    expect(detail.body).toMatchObject({ memberCount: 1, partnerCount: 0, myRole: 'coordinator' });
    const me = await coordinator.get('/api/me');
    expect(me.body.roles).toContainEqual({ networkId: created.body.id, networkName: 'Crisisroute Jeugd Regio Noord', role: 'coordinator', partnerId: null });
  });

  it('pages through my networks with a cursor', async () => {
    for (const name of ['Thuis in de wijk', 'Kwetsbare ouderen Oost']) await createNetwork(coordinator, name);
    const first = await coordinator.get('/api/networks?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await coordinator.get(`/api/networks?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(3);
    expect((await coordinator.get('/api/networks?limit=0')).status).toBe(400);
    expect((await coordinator.get('/api/networks?cursor=rubbish')).status).toBe(400);
  });

  it('changes settings with a base version and answers a stale one with 409 and the current version', async () => {
    const id = await createNetwork(coordinator, 'Wijkzorg Zuid');
    const ok = await coordinator.patch(`/api/networks/${id}`, { baseVersion: 1, anonymityK: 4, description: 'Zorg in de wijk' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ anonymityK: 4, version: 2, description: 'Zorg in de wijk' });
    const stale = await coordinator.patch(`/api/networks/${id}`, { baseVersion: 1, name: 'Andere naam' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    expect((await coordinator.get(`/api/networks/${id}`)).body.name).toBe('Wijkzorg Zuid');
    const tooLowK = await coordinator.patch(`/api/networks/${id}`, { baseVersion: 2, anonymityK: 1 });
    expect(tooLowK.status).toBe(400);
  });

  it('lets every role read the network but only the coordinator change it', async () => {
    const id = await createNetwork(coordinator, 'Samen sterk');
    const partnerId = await addPartner(app, id, 'GGZ Noord', 'ggz');
    const representative = await invitePerson(app, coordinator, id, { name: 'Rob Vertegenwoordiger', email: 'rob@ggznoord.test', role: 'representative', partnerId });
    const observer = await invitePerson(app, coordinator, id, { name: 'Olga Toehoorder', email: 'olga@gemeente.test', role: 'observer' });
    for (const client of [representative, observer]) {
      expect((await client.get(`/api/networks/${id}`)).status).toBe(200);
      const patch = await client.patch(`/api/networks/${id}`, { baseVersion: 1, name: 'Overgenomen' });
      expect(patch.status).toBe(403);
      expect(patch.body.error.code).toBe('forbidden');
    }
    const members = await observer.get(`/api/networks/${id}/members`);
    expect(members.body.items.map((m: { role: string }) => m.role).sort()).toEqual(['coordinator', 'observer', 'representative']);
    expect(members.body.items.find((m: { role: string }) => m.role === 'representative').partner).toEqual({ id: partnerId, name: 'GGZ Noord' });
  });

  it('records what happened in the audit log for the coordinator only', async () => {
    const id = await createNetwork(coordinator, 'Audit netwerk');
    await coordinator.patch(`/api/networks/${id}`, { baseVersion: 1, name: 'Audit netwerk 2' });
    const member = await invitePerson(app, coordinator, id, { name: 'Mia Deelnemer', email: 'mia@wijkteam.test', role: 'member' });
    const log = await coordinator.get(`/api/networks/${id}/audit`);
    expect(log.status).toBe(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['invitation.accept', 'invitation.create', 'network.update', 'network.create']);
    expect(log.body.items[2]).toMatchObject({ objectType: 'network', objectId: id, details: { name: 'Audit netwerk 2' }, actor: { name: 'Anna Beheer' } });
    expect((await member.get(`/api/networks/${id}/audit`)).status).toBe(403);
  });

  it('validates creation input', async () => {
    expect((await coordinator.post('/api/networks', { name: '' })).status).toBe(400);
    expect((await coordinator.post('/api/networks', { name: 'Goed', owner: 'x' })).status).toBe(400);
    expect((await app.client().post('/api/networks', { name: 'Anoniem' })).status).toBe(401);
  });

  it('lets only the administrator and coordinators start a network', async () => {
    const networkId = await createNetwork(coordinator, 'Alleen voor regisseurs');
    const partnerId = await addPartner(app, networkId, 'GGZ Noord');
    const rep = await invitePerson(app, coordinator, networkId, { name: 'Rita Rep', email: 'rita@ggz.test', role: 'representative', partnerId });
    expect((await rep.get('/api/me')).body.mayCreateNetwork).toBe(false);
    const refused = await rep.post('/api/networks', { name: 'Eigen netwerk' });
    expect(refused.status).toBe(403);
    expect((await rep.get('/api/networks')).body.items.map((n: { name: string }) => n.name)).toEqual(['Alleen voor regisseurs']);
    expect((await coordinator.get('/api/me')).body.mayCreateNetwork).toBe(true);
    const colleague = await invitePerson(app, coordinator, networkId, { name: 'Cor Collega', email: 'cor@regie.test', role: 'coordinator' });
    expect((await colleague.get('/api/me')).body.mayCreateNetwork).toBe(true);
    expect((await colleague.post('/api/networks', { name: 'Tweede route' })).status).toBe(201);
  });
});
