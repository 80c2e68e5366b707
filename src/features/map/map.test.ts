import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

interface MapNode {
  id: string;
  name: string;
  sector: string;
  degree: number;
  betweenness: number;
}

describe.each(testDatabases)('network map (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let observer: TestClient;
  let networkId: string;
  let base: string;
  const ids: Record<string, string> = {};

  const cacheRow = () =>
    app.runtime.deps.db.selectFrom('map_cache').select(['map_revision', 'computed_at']).where('network_id', '=', networkId).executeTakeFirst();

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Kaartnetwerk');
    base = `/api/networks/${networkId}`;
    // A small network computed by hand (see src/domain/network-map.test.ts): A–B share two
    // entries, A–B–C one, C–D one, E none.
    const sectors = { A: 'ggz', B: 'wijkteam', C: 'gemeente', D: 'jeugdhulp', E: 'welzijn' } as const;
    for (const [letter, sector] of Object.entries(sectors)) ids[letter] = await addPartner(app, networkId, `Partner ${letter}`, sector);
    const entries: Array<[string[], string]> = [
      [['A', 'B'], 'positive'],
      [['A', 'B', 'C'], 'mixed'],
      [['C', 'D'], 'negative'],
    ];
    for (const [letters, outcome] of entries) {
      const res = await coordinator.post(`${base}/history`, { title: `Samen ${letters.join('')}`, outcome, partnerIds: letters.map((l) => ids[l]) });
      expect(res.status).toBe(201);
    }
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('shows every partner with its degree and betweenness, the history ties and the measures computed by hand', async () => {
    const res = await observer.get(`${base}/map`);
    expect(res.status).toBe(200);
    const map = res.body;
    const byName = new Map<string, MapNode>(map.nodes.map((n: MapNode) => [n.name, n]));
    expect([...byName.keys()]).toEqual(['Partner A', 'Partner B', 'Partner C', 'Partner D', 'Partner E']);
    expect(byName.get('Partner C')).toMatchObject({ id: ids.C, sector: 'gemeente', degree: 3 });
    expect(byName.get('Partner C')!.betweenness).toBeCloseTo(1 / 3, 12);
    expect(Object.fromEntries(map.nodes.map((n: MapNode) => [n.name, n.degree]))).toEqual({ 'Partner A': 2, 'Partner B': 2, 'Partner C': 3, 'Partner D': 1, 'Partner E': 0 });
    for (const name of ['Partner A', 'Partner B', 'Partner D', 'Partner E']) expect(byName.get(name)!.betweenness).toBe(0);

    const key = (a: string, b: string) => [a, b].sort().join('|');
    const ties = new Map(map.ties.history.map((t: { a: string; b: string }) => [key(t.a, t.b), t]));
    expect(ties.size).toBe(4);
    expect(ties.get(key(ids.A!, ids.B!))).toMatchObject({ weight: 2, outcomes: { positive: 1, mixed: 1, negative: 0 } });
    expect(ties.get(key(ids.C!, ids.D!))).toMatchObject({ weight: 1, outcomes: { positive: 0, mixed: 0, negative: 1 } });
    expect(map.ties.working).toEqual([]);

    expect(map.metrics.density).toBeCloseTo(0.4, 12);
    expect(map.metrics.centralization).toBeCloseTo(7 / 12, 12);
    expect(map.metrics.components).toBe(2);
    expect(map.metrics.isolates).toEqual([ids.E]);
    expect(map.metrics.reciprocity).toBeNull();
  });

  it('serves the cached map while nothing changed, and recomputes after a change of history or partners', async () => {
    const first = (await coordinator.get(`${base}/map`)).body;
    const cached = await cacheRow();
    expect(cached?.map_revision).toBe(first.revision);

    const again = (await coordinator.get(`${base}/map`)).body;
    expect(again.computedAt).toBe(first.computedAt);
    expect((await cacheRow())?.computed_at).toEqual(cached!.computed_at);
    expect(again).toEqual(first);

    // E and D start working on something together: E is no longer isolated.
    const created = await coordinator.post(`${base}/history`, { title: 'Samen DE', outcome: 'positive', partnerIds: [ids.D, ids.E] });
    const afterCreate = (await coordinator.get(`${base}/map`)).body;
    expect(afterCreate.revision).toBeGreaterThan(first.revision);
    expect(afterCreate.computedAt).not.toBe(first.computedAt);
    expect(afterCreate.metrics).toMatchObject({ components: 1, isolates: [] });
    expect(afterCreate.metrics.density).toBeCloseTo(0.5, 12);
    expect((await cacheRow())?.map_revision).toBe(afterCreate.revision);

    await coordinator.delete(`${base}/history/${created.body.id}`);
    const afterDelete = (await coordinator.get(`${base}/map`)).body;
    expect(afterDelete.revision).toBeGreaterThan(afterCreate.revision);
    expect(afterDelete.metrics.isolates).toEqual([ids.E]);

    const added = await coordinator.post(`${base}/partners`, { name: 'Partner F', sector: 'onderwijs' });
    expect(added.status).toBe(201);
    const afterPartner = (await coordinator.get(`${base}/map`)).body;
    expect(afterPartner.nodes).toHaveLength(6);
    expect(afterPartner.metrics.components).toBe(3);
  });

  it('never lets an older computation overwrite a newer cache, and copes with readers at the same time', async () => {
    const current = (await coordinator.get(`${base}/map`)).body;
    // As if another process already stored a newer revision than this one has seen.
    await app.runtime.deps.db.updateTable('map_cache').set({ map_revision: current.revision + 100 }).where('network_id', '=', networkId).execute();
    await app.runtime.deps.db.updateTable('networks').set((eb) => ({ map_revision: eb('map_revision', '+', 1) })).where('id', '=', networkId).execute();
    const recomputed = (await coordinator.get(`${base}/map`)).body;
    expect(recomputed.revision).toBe(current.revision + 1);
    expect((await cacheRow())?.map_revision).toBe(current.revision + 100);

    await app.runtime.deps.db.updateTable('networks').set({ map_revision: current.revision + 101 }).where('id', '=', networkId).execute();
    const together = await Promise.all([1, 2, 3].map(() => coordinator.get(`${base}/map`)));
    for (const res of together) {
      expect(res.status).toBe(200);
      expect(res.body.revision).toBe(current.revision + 101);
      expect(res.body.nodes).toHaveLength(6);
    }
    expect((await cacheRow())?.map_revision).toBe(current.revision + 101);
  });

  it('draws an empty network', async () => {
    const empty = await createNetwork(coordinator, 'Leeg netwerk');
    const res = await coordinator.get(`/api/networks/${empty}/map`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nodes: [], ties: { history: [], working: [] }, metrics: { density: 0, components: 0, isolates: [], reciprocity: null } });
  });
});
