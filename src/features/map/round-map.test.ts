import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, insertResponse, insertRound, insertUser, rating } from '../../../test/helpers/round-data.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

type Tie = { a: string; b: string; level: number; levelAB: number | null; levelBA: number | null };

describe.each(testDatabases)('network map fed by rounds (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let repA: TestClient;
  let repD: TestClient;
  let observer: TestClient;
  let networkId: string;
  let base: string;
  let adminId: string;
  const p: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
  const rounds: string[] = [];
  const pair = (x: string, y: string) => [x, y].sort().join('|');
  const names = (ties: Tie[]) => ties.map((t) => pair(t.a, t.b)).sort();

  /** A closed round: `levels` lists [rater, rated, level, number of respondents of the rater giving it]. */
  async function closedRound(title: string, levels: ['A' | 'B' | 'C' | 'D', 'A' | 'B' | 'C' | 'D', number, number][]) {
    const id = await insertRound(app, networkId, adminId, 'closed', title);
    const byRater = new Map<string, Record<string, ReturnType<typeof rating>>[]>();
    for (const [from, to, level, count] of levels) {
      const list = byRater.get(from) ?? [];
      for (let i = 0; i < count; i++) list[i] = { ...list[i], [p[to]]: rating(level, 4, 4) };
      byRater.set(from, list);
    }
    for (const [from, list] of byRater) {
      for (const [i, partners] of list.entries()) await insertResponse(app, { networkId, roundId: id }, await insertUser(app, `${title} ${from}${i}`), p[from as 'A'], answers({ partners }));
    }
    return id;
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    p.A = await addPartner(app, networkId, 'Jeugd-GGZ Noord');
    p.B = await addPartner(app, networkId, 'LVB-zorg De Ster', 'gehandicaptenzorg');
    p.C = await addPartner(app, networkId, 'Gemeente Noorderveen', 'gemeente');
    p.D = await addPartner(app, networkId, 'Wijkteam Oost', 'wijkteam');
    repA = await invitePerson(app, coordinator, networkId, { name: 'Aisha Representant', email: 'aisha@ggz.test', role: 'representative', partnerId: p.A });
    repD = await invitePerson(app, coordinator, networkId, { name: 'Dirk Wijkteam', email: 'dirk@wijk.test', role: 'representative', partnerId: p.D });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Otto Toehoorder', email: 'otto@provincie.test', role: 'observer' });
    adminId = (await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow()).id;
    expect((await coordinator.post(`${base}/history`, { title: 'Samen C en D', outcome: 'positive', partnerIds: [p.C, p.D] })).status).toBe(201);
    // Round 1: A–C on three respondents each way (levels 3 and 2), A–B on one of A (level 4).
    rounds.push(await closedRound('Voorjaar', [['A', 'C', 3, 3], ['C', 'A', 2, 3], ['A', 'B', 4, 1]]));
    // Round 2: A–C weaker (2 both ways), C–D new (3 on three each way), A–B gone (level 1).
    rounds.push(await closedRound('Najaar', [['A', 'C', 2, 3], ['C', 'A', 2, 3], ['C', 'D', 3, 3], ['D', 'C', 3, 3], ['A', 'B', 1, 1]]));
  });
  afterAll(() => app?.close());

  it('shows the last closed round beside the history ties, with the level of each direction and the reciprocity', async () => {
    const res = await observer.get(`${base}/map/round`);
    expect(res.status).toBe(200);
    const map = res.body;
    expect(map.rounds.map((r: { id: string }) => r.id)).toEqual(rounds);
    expect(map.round.id).toBe(rounds[1]);
    expect(map.compare).toBeNull();
    expect(map.changes).toBeNull();
    expect(names(map.ties.working)).toEqual([pair(p.A, p.C), pair(p.C, p.D)].sort());
    const cd = map.ties.working.find((t: Tie) => pair(t.a, t.b) === pair(p.C, p.D));
    expect(cd).toMatchObject({ level: 3, levelAB: 3, levelBA: 3 });
    expect(map.ties.history).toHaveLength(1);
    // Directed edges (level ≥ 1): A→C, C→A, C→D, D→C, A→B: four of five reciprocated.
    expect(map.metrics.reciprocity).toBeCloseTo(4 / 5, 12);
    const degree = Object.fromEntries(map.nodes.map((n: { id: string; degree: number }) => [n.id, n.degree]));
    expect(degree).toEqual({ [p.A]: 1, [p.B]: 0, [p.C]: 2, [p.D]: 1 });
  });

  it('hides a tie on fewer than k respondents from anyone who may not see that pair, with what derives from it', async () => {
    const first = (client: TestClient) => client.get(`${base}/map/round?round=${rounds[0]}`);
    const byCoordinator = (await first(coordinator)).body;
    expect(names(byCoordinator.ties.working)).toEqual([pair(p.A, p.B), pair(p.A, p.C)].sort());
    const ab = byCoordinator.ties.working.find((t: Tie) => pair(t.a, t.b) === pair(p.A, p.B));
    expect(ab.level).toBe(4);
    expect(names((await first(repA)).body.ties.working)).toEqual([pair(p.A, p.B), pair(p.A, p.C)].sort());
    for (const client of [observer, repD]) {
      const map = (await first(client)).body;
      expect(names(map.ties.working)).toEqual([pair(p.A, p.C)]);
      expect(map.nodes.find((n: { id: string }) => n.id === p.B).degree).toBe(0);
      expect(JSON.stringify(map)).not.toContain(`"level":4`);
    }
  });

  it('compares two rounds: ties added, removed and changed, as the viewer sees them', async () => {
    const url = `${base}/map/round?round=${rounds[1]}&compare=${rounds[0]}`;
    const mine = (await coordinator.get(url)).body;
    expect(mine.compare.id).toBe(rounds[0]);
    const tie = (a: string, b: string, level: number) => ({ a: [a, b].sort()[0], b: [a, b].sort()[1], level });
    expect(mine.changes).toEqual({
      added: [tie(p.C, p.D, 3)],
      removed: [tie(p.A, p.B, 4)],
      changed: [{ a: tie(p.A, p.C, 0).a, b: tie(p.A, p.C, 0).b, from: 3, to: 2 }],
    });
    // The observer never saw A–B, so it does not disappear for them either.
    expect((await observer.get(url)).body.changes.removed).toEqual([]);
    expect((await observer.get(`${base}/map/round?round=${crypto.randomUUID()}`)).status).toBe(404);
    expect((await observer.get(`${base}/map/round?compare=niet-een-id`)).status).toBe(400);
  });

  it('leaves out a low-response round until the coordinator includes it', async () => {
    const low = await closedRound('Laag', [['A', 'C', 5, 1]]);
    await app.runtime.deps.db.updateTable('rounds').set({ low_response: true }).where('id', '=', low).execute();
    expect((await coordinator.get(`${base}/map/round`)).body.round.id).toBe(rounds[1]);
    expect((await coordinator.get(`${base}/map/round?round=${low}`)).status).toBe(404);
    expect((await coordinator.put(`${base}/rounds/${low}/low-response-inclusion`, { included: true })).status).toBe(200);
    expect((await coordinator.get(`${base}/map/round`)).body.round.id).toBe(low);
  });

  it('draws a network without closed rounds from its history alone', async () => {
    const empty = await createNetwork(coordinator, 'Zonder rondes');
    const res = await coordinator.get(`/api/networks/${empty}/map/round`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rounds: [], round: null, compare: null, ties: { history: [], working: [] }, metrics: { reciprocity: null }, changes: null });
  });
});
