import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('reciprocity (%s)', (kind) => {
  let app: TestApp;
  const clock = new TestClock();
  let coordinator: TestClient;
  let observer: TestClient;
  let base: string;
  let a: string;
  let b: string;
  let c: string;
  let d: string;

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    a = await addPartner(app, networkId, 'A GGZ', 'ggz');
    b = await addPartner(app, networkId, 'B Wijkteam', 'wijkteam');
    c = await addPartner(app, networkId, 'C Jeugdhulp', 'jeugdhulp');
    d = await addPartner(app, networkId, 'D Gemeente', 'gemeente');
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
    const userId = (await coordinator.get('/api/me')).body.user.id as string;
    const daysAgo = (n: number) => new Date(clock.now().getTime() - n * 24 * 3600 * 1000);
    const row = (from: string, to: string | null, provider: string | null, status: 'fulfilled' | 'accepted' | 'open', fulfilledDaysAgo: number | null) => ({
      id: randomUUID(),
      network_id: networkId,
      created_by: userId,
      from_partner_id: from,
      to_partner_id: to,
      provider_partner_id: provider,
      title: 'Verzoek',
      status,
      fulfilled_at: fulfilledDaysAgo === null ? null : daysAgo(fulfilledDaysAgo),
    });
    await app.runtime.deps.db
      .insertInto('requests')
      .values([
        row(b, a, a, 'fulfilled', 10), // A gives to B
        row(c, a, a, 'fulfilled', 100), // A gives to C
        row(b, null, a, 'fulfilled', 200), // A gives to B, asked of the whole network
        row(a, b, b, 'fulfilled', 30), // B gives to A
        row(a, c, c, 'fulfilled', 400), // older than 12 months: not counted
        row(a, c, c, 'accepted', null), // not fulfilled: not counted
        row(c, b, null, 'open', null), // not fulfilled: not counted
      ])
      .execute();
  });
  afterAll(() => app?.close());

  it('counts fulfilled requests of the last 12 months given and received per partner, with the balance', async () => {
    const res = await observer.get(`${base}/reciprocity`);
    expect(res.status).toBe(200);
    // A: given 3 (to B twice, to C once), received 1 (from B): (3 − 1) / 4 = 0.5
    // B: given 1, received 2: (1 − 2) / 3 = −1/3; C: given 0, received 1: −1; D: nothing: 0
    expect(res.body.items).toEqual([
      { partnerId: a, partnerName: 'A GGZ', given: 3, received: 1, balance: 0.5 },
      { partnerId: b, partnerName: 'B Wijkteam', given: 1, received: 2, balance: -1 / 3 },
      { partnerId: c, partnerName: 'C Jeugdhulp', given: 0, received: 1, balance: -1 },
      { partnerId: d, partnerName: 'D Gemeente', given: 0, received: 0, balance: 0 },
    ]);
    expect(new Date(res.body.until).getTime() - new Date(res.body.since).getTime()).toBeGreaterThanOrEqual(365 * 24 * 3600 * 1000);
  });
});
