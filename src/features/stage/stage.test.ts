import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('stage assessment (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
  });
  afterAll(() => app?.close());

  const criterion = (body: any, key: string) => body.stages.flatMap((s: any) => s.criteria).find((c: any) => c.key === key);
  const profile = {
    drivers: 'Kinderen in crisis snel helpen',
    interests: 'Voorspelbare instroom',
    values: '',
    workLogic: '',
    offer: 'Crisisbeoordeling binnen 24 uur',
    need: 'LVB-expertise bij de beoordeling',
    competences: '',
    constituency: '',
    constituencyRisks: '',
  };

  it('starts at stage 0 and says what is missing, with where to act', async () => {
    const res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe(0);
    expect(criterion(res.body, 'partners.atLeastTwo')).toMatchObject({ met: false, link: `/networks/${networkId}/partners` });
    expect(res.body.stages.map((s: any) => s.stage)).toEqual([1, 2, 3]);
  });

  it('reaches stage 1 once two partners have a representative, a complete profile and a confirmed history', async () => {
    const ids: string[] = [];
    for (const [name, sector] of [['GGZ Noord', 'ggz'], ['Stichting Ster', 'gehandicaptenzorg']] as const) {
      ids.push((await coordinator.post(`/api/networks/${networkId}/partners`, { name, sector })).body.id);
    }
    let res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'partners.atLeastTwo').met).toBe(true);
    expect(criterion(res.body, 'partners.representativeAccepted').missing.map((m: any) => m.name).sort()).toEqual(['GGZ Noord', 'Stichting Ster']);

    for (const [i, id] of ids.entries()) {
      const rep = await invitePerson(app, coordinator, networkId, { name: `Vertegenwoordiger ${i}`, email: `rep${i}@partner.test`, role: 'representative', partnerId: id });
      expect((await rep.put(`/api/networks/${networkId}/partners/${id}/profile`, { baseVersion: 0, ...profile })).status).toBe(200);
    }
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'profiles.complete').met).toBe(true);
    expect(criterion(res.body, 'history.confirmed')).toMatchObject({ met: false, link: `/networks/${networkId}/history` });
    expect(res.body.stage).toBe(0);

    for (const id of ids) {
      expect((await coordinator.put(`/api/networks/${networkId}/partners/${id}/history-confirmation`, { confirmed: true })).status).toBe(200);
    }
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(res.body.stage).toBe(1);
    expect(res.body.stages[0].met).toBe(true);
    expect(criterion(res.body, 'groundRules.inForce').met).toBe(false);
  });

  it('is readable by every role, also an observer', async () => {
    const observer = await invitePerson(app, coordinator, networkId, { name: 'Olga', email: 'olga@gemeente.test', role: 'observer' });
    expect((await observer.get(`/api/networks/${networkId}/stage`)).body.stage).toBe(1);
  });
});
