import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('shared history (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let wijkteam: string;
  let gemeente: string;
  let huisarts: string;
  let ggzRep: TestClient;
  let gemeenteRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  const entry = (partnerIds: string[], extra: Record<string, unknown> = {}) => ({
    title: 'Pilot crisisbedden jeugd',
    outcome: 'positive',
    partnerIds,
    ...extra,
  });
  const revision = async () =>
    (await app.runtime.deps.db.selectFrom('networks').select('map_revision').where('id', '=', networkId).executeTakeFirstOrThrow()).map_revision;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    gemeente = await addPartner(app, networkId, 'Gemeente Noorderstad', 'gemeente');
    huisarts = await addPartner(app, networkId, 'Huisartsenpraktijk De Linde', 'huisartsenzorg');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    gemeenteRep = await invitePerson(app, coordinator, networkId, { name: 'Gina Gemeente', email: 'gina@gemeente.test', role: 'representative', partnerId: gemeente });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@wijkteam.test', role: 'member', partnerId: wijkteam });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('records an entry with its partners, shows it to every role, audits it and marks the map as changed', async () => {
    const before = await revision();
    const created = await coordinator.post(`${base}/history`, {
      title: 'Samen crisisopvang 2022',
      description: 'Twee bedden voor jongeren in crisis',
      startedOn: '2022-01-10',
      endedOn: '2022-12-31',
      outcome: 'mixed',
      note: 'Goede opvang, slechte overdracht',
      partnerIds: [wijkteam, ggz, ggz],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Samen crisisopvang 2022',
      startedOn: '2022-01-10',
      endedOn: '2022-12-31',
      outcome: 'mixed',
      note: 'Goede opvang, slechte overdracht',
      version: 1,
      createdBy: { name: 'Anna Beheer' },
      partners: [
        { id: ggz, name: 'GGZ Noord' },
        { id: wijkteam, name: 'Wijkteam Centrum' },
      ],
    });
    expect(await revision()).toBe(before + 1);
    for (const client of [member, observer, ggzRep]) {
      const list = await client.get(`${base}/history`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((e: { id: string }) => e.id)).toContain(created.body.id);
      expect((await client.get(`${base}/history/${created.body.id}`)).body.title).toBe('Samen crisisopvang 2022');
    }
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'history.create', objectType: 'history_entry', objectId: created.body.id });
  });

  it('refuses entries without two distinct partners of this network, with impossible dates or without an outcome', async () => {
    const other = await createNetwork(coordinator, 'Ander netwerk');
    const outsider = await addPartner(app, other, 'Partner elders');
    const cases: Array<[Record<string, unknown>, string]> = [
      [entry([ggz]), 'partnerIds'],
      [entry([ggz, ggz]), 'partnerIds'],
      [entry([ggz, crypto.randomUUID()]), 'partnerIds'],
      [entry([ggz, outsider]), 'partnerIds'],
      [entry([ggz, wijkteam], { startedOn: '2023-05-01', endedOn: '2023-04-30' }), 'endedOn'],
      [entry([ggz, wijkteam], { startedOn: '2023-02-29' }), 'startedOn'],
      [entry([ggz, wijkteam], { startedOn: '1-2-2023' }), 'startedOn'],
      [entry([ggz, wijkteam], { outcome: undefined }), 'outcome'],
      [entry([ggz, wijkteam], { outcome: 'great' }), 'outcome'],
      [entry([ggz, wijkteam], { title: ' ' }), 'title'],
    ];
    const before = await revision();
    for (const [body, field] of cases) {
      const res = await coordinator.post(`${base}/history`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details.map((d: { path: string[] }) => d.path[0])).toContain(field);
    }
    expect(await revision()).toBe(before);
    const undated = await coordinator.post(`${base}/history`, entry([ggz, wijkteam], { startedOn: null }));
    expect(undated.status).toBe(201);
    expect(undated.body).toMatchObject({ startedOn: null, endedOn: null, description: '', note: '' });
  });

  it("lets a representative record history of their own partner only; members and observers read it", async () => {
    expect((await ggzRep.post(`${base}/history`, entry([ggz, gemeente]))).status).toBe(201);
    const notTheirs = await ggzRep.post(`${base}/history`, entry([wijkteam, gemeente]));
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.error.code).toBe('forbidden');
    expect((await member.post(`${base}/history`, entry([wijkteam, ggz]))).status).toBe(403);
    expect((await observer.post(`${base}/history`, entry([wijkteam, ggz]))).status).toBe(403);
  });

  it('changes an entry on the version it was based on, and answers a stale version with 409 and the current one', async () => {
    const created = (await ggzRep.post(`${base}/history`, entry([ggz, wijkteam]))).body;
    const changed = await ggzRep.patch(`${base}/history/${created.id}`, { baseVersion: 1, outcome: 'negative', endedOn: '2024-06-30', partnerIds: [ggz, wijkteam, huisarts] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, outcome: 'negative', endedOn: '2024-06-30', title: 'Pilot crisisbedden jeugd' });
    expect(changed.body.partners.map((p: { name: string }) => p.name)).toEqual(['GGZ Noord', 'Huisartsenpraktijk De Linde', 'Wijkteam Centrum']);

    const stale = await coordinator.patch(`${base}/history/${created.id}`, { baseVersion: 1, title: 'Andere titel' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    expect(stale.body.error.details.current.outcome).toBe('negative');

    const cleared = await coordinator.patch(`${base}/history/${created.id}`, { baseVersion: 2, endedOn: null, startedOn: '2024-01-01' });
    expect(cleared.body).toMatchObject({ version: 3, startedOn: '2024-01-01', endedOn: null });
    const backwards = await coordinator.patch(`${base}/history/${created.id}`, { baseVersion: 3, endedOn: '2023-12-31' });
    expect(backwards.status).toBe(400);

    expect((await gemeenteRep.patch(`${base}/history/${created.id}`, { baseVersion: 3, note: 'x' })).status).toBe(403);
    const leaving = await ggzRep.patch(`${base}/history/${created.id}`, { baseVersion: 3, partnerIds: [wijkteam, huisarts] });
    expect(leaving.status).toBe(403);
    expect((await member.patch(`${base}/history/${created.id}`, { baseVersion: 3, note: 'x' })).status).toBe(403);
    expect((await coordinator.patch(`${base}/history/${crypto.randomUUID()}`, { baseVersion: 1, note: 'x' })).status).toBe(404);
    expect((await coordinator.get(`${base}/history/${created.id}`)).body.version).toBe(3);
  });

  it('deletes an entry for the coordinator or a representative of an involved partner', async () => {
    const created = (await coordinator.post(`${base}/history`, entry([ggz, huisarts]))).body;
    expect((await gemeenteRep.delete(`${base}/history/${created.id}`)).status).toBe(403);
    expect((await observer.delete(`${base}/history/${created.id}`)).status).toBe(403);
    const before = await revision();
    const deleted = await ggzRep.delete(`${base}/history/${created.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.id).toBe(created.id);
    expect(await revision()).toBe(before + 1);
    expect((await coordinator.get(`${base}/history/${created.id}`)).status).toBe(404);
    expect((await coordinator.delete(`${base}/history/${created.id}`)).status).toBe(404);
  });

  it('pages through the history, newest recorded first', async () => {
    const all = (await coordinator.get(`${base}/history?limit=200`)).body.items as Array<{ id: string; createdAt: string }>;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const times = all.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const first = await coordinator.get(`${base}/history?limit=2`);
    const second = await coordinator.get(`${base}/history?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((e: { id: string }) => e.id)).toEqual(all.slice(0, 4).map((e) => e.id));
    expect((await coordinator.get(`${base}/history?cursor=rubbish`)).status).toBe(400);
  });

  it('shows per pair of partners how many entries they share and how those went', async () => {
    const net = await createNetwork(coordinator, 'Matrixnetwerk');
    const [a, b, c, d] = await Promise.all(['Aa Zorg', 'Bb Welzijn', 'Cc Jeugdhulp', 'Dd Onderwijs'].map((name) => addPartner(app, net, name, 'welzijn')));
    for (const [ids, outcome] of [[[a, b], 'positive'], [[a, b, c], 'mixed'], [[b, a], 'negative']] as const) {
      expect((await coordinator.post(`/api/networks/${net}/history`, { title: 'Samen', outcome, partnerIds: ids })).status).toBe(201);
    }
    const matrix = await observer.get(`/api/networks/${net}/history/matrix`);
    expect(matrix.status).toBe(404); // the observer has no role in that network
    const res = await coordinator.get(`/api/networks/${net}/history/matrix`);
    expect(res.status).toBe(200);
    expect(res.body.partners.map((p: { name: string }) => p.name)).toEqual(['Aa Zorg', 'Bb Welzijn', 'Cc Jeugdhulp', 'Dd Onderwijs']);
    const key = (x: string, y: string) => [x, y].sort().join('|');
    const pairs = new Map(res.body.pairs.map((p: { a: string; b: string }) => [key(p.a, p.b), p]));
    expect(pairs.size).toBe(3);
    expect(pairs.get(key(a!, b!))).toMatchObject({ count: 3, outcomes: { positive: 1, mixed: 1, negative: 1 } });
    expect(pairs.get(key(a!, c!))).toMatchObject({ count: 1, outcomes: { positive: 0, mixed: 1, negative: 0 } });
    expect(pairs.get(key(b!, c!))).toMatchObject({ count: 1 });
    expect(pairs.has(key(a!, d!))).toBe(false);
  });

  describe('confirming the overview', () => {
    const confirmation = (partnerId: string) => `${base}/partners/${partnerId}/history-confirmation`;

    it('is not confirmed until someone confirms, and a partner without any history can confirm too', async () => {
      const none = await observer.get(confirmation(huisarts));
      expect(none.body).toEqual({ partnerId: huisarts, partnerName: 'Huisartsenpraktijk De Linde', confirmed: false, confirmedAt: null, confirmedBy: null });
      const lonely = await addPartner(app, networkId, 'Zorgcoöperatie Eenling', 'anders');
      const res = await coordinator.request('PUT', confirmation(lonely), { confirmed: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ confirmed: true, confirmedBy: { name: 'Anna Beheer' } });
      expect(res.body.staleSince).toBeUndefined();
      expect((await member.get(confirmation(lonely))).body.confirmed).toBe(true);
    });

    it('goes stale when an entry of the partner is created, changed or deleted after it, and not for others', async () => {
      const confirm = async () => {
        const res = await ggzRep.request('PUT', confirmation(ggz), { confirmed: true });
        expect(res.status).toBe(200);
        expect(res.body.confirmed).toBe(true);
        return res.body;
      };
      const first = await confirm();
      expect(first.confirmedBy.name).toBe('Gert GGZ');

      // Someone else's history leaves it confirmed.
      await coordinator.post(`${base}/history`, entry([wijkteam, gemeente]));
      expect((await coordinator.get(confirmation(ggz))).body.confirmed).toBe(true);

      // A new entry of GGZ makes it stale at once, keeping who confirmed when.
      const created = (await gemeenteRep.post(`${base}/history`, entry([gemeente, ggz]))).body;
      const stale = (await observer.get(confirmation(ggz))).body;
      expect(stale).toMatchObject({ confirmed: false, confirmedAt: first.confirmedAt, confirmedBy: { name: 'Gert GGZ' } });
      expect(Date.parse(stale.staleSince)).toBeGreaterThan(Date.parse(first.confirmedAt));

      // Changing it, or deleting it, does the same.
      await confirm();
      expect((await coordinator.patch(`${base}/history/${created.id}`, { baseVersion: 1, note: 'Later aangevuld' })).status).toBe(200);
      expect((await ggzRep.get(confirmation(ggz))).body.confirmed).toBe(false);
      await confirm();
      expect((await coordinator.delete(`${base}/history/${created.id}`)).status).toBe(200);
      expect((await ggzRep.get(confirmation(ggz))).body.confirmed).toBe(false);

      // Taking GGZ out of an entry changes GGZ's history as well.
      const shared = (await coordinator.post(`${base}/history`, entry([ggz, wijkteam, huisarts]))).body;
      await confirm();
      await coordinator.patch(`${base}/history/${shared.id}`, { baseVersion: 1, partnerIds: [wijkteam, huisarts] });
      expect((await ggzRep.get(confirmation(ggz))).body.confirmed).toBe(false);
    });

    it("lets only the partner's representatives and the coordinator confirm, and withdraw", async () => {
      expect((await ggzRep.request('PUT', confirmation(gemeente), { confirmed: true })).status).toBe(403);
      expect((await member.request('PUT', confirmation(wijkteam), { confirmed: true })).status).toBe(403);
      expect((await observer.request('PUT', confirmation(wijkteam), { confirmed: true })).status).toBe(403);
      expect((await coordinator.request('PUT', confirmation(crypto.randomUUID()), { confirmed: true })).status).toBe(404);
      expect((await coordinator.get(confirmation(crypto.randomUUID()))).status).toBe(404);
      expect((await gemeenteRep.request('PUT', confirmation(gemeente), {})).status).toBe(400);

      expect((await gemeenteRep.request('PUT', confirmation(gemeente), { confirmed: true })).body.confirmed).toBe(true);
      const withdrawn = await gemeenteRep.request('PUT', confirmation(gemeente), { confirmed: false });
      expect(withdrawn.body).toMatchObject({ confirmed: false, confirmedAt: null });
      const audit = (await coordinator.get(`${base}/audit`)).body.items.map((e: { action: string }) => e.action);
      expect(audit.slice(0, 2)).toEqual(['history.unconfirm', 'history.confirm']);
    });

    it('lists the status of every partner by name', async () => {
      await gemeenteRep.request('PUT', confirmation(gemeente), { confirmed: true });
      const res = await member.get(`${base}/history/confirmations`);
      expect(res.status).toBe(200);
      const byName = Object.fromEntries(res.body.items.map((s: { partnerName: string; confirmed: boolean }) => [s.partnerName, s.confirmed]));
      expect(byName).toEqual({
        'Gemeente Noorderstad': true,
        'GGZ Noord': false,
        'Huisartsenpraktijk De Linde': false,
        'Wijkteam Centrum': false,
        'Zorgcoöperatie Eenling': true,
      });
    });
  });
});
