import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, insertResponse, insertRound, insertUser, rating } from '../../../test/helpers/round-data.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

const close = (actual: number | null, expected: number) => expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(1e-9);
const insufficient = (respondents: number) => ({ value: null, insufficient: true, respondents, interval: null });
/** A score shown as a number on two or more respondents carries a 95 % interval around it (DESIGN §5.9). */
const ranged = (value: number, respondents: number) => ({ value, respondents, interval: { low: expect.any(Number), high: expect.any(Number) } });

interface Dyad {
  from: string;
  to: string;
  trust: { value: number | null; respondents: number };
}

describe.each(testDatabases)('round results (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let repA: TestClient;
  let memberB: TestClient;
  let repC: TestClient;
  let observer: TestClient;
  let networkId: string;
  let roundId: string;
  let agreementId: string;
  const p: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  const results = (client: TestClient, round = roundId) => client.get(`/api/networks/${networkId}/rounds/${round}/results`);
  const dyadKeys = (body: { dyads: Dyad[] }) => body.dyads.map((d) => `${name(d.from)}${name(d.to)}`).sort();
  const name = (id: string) => (Object.entries(p).find(([, v]) => v === id) ?? ['?'])[0];
  const setK = (k: number) => app.runtime.deps.db.updateTable('networks').set({ anonymity_k: k }).where('id', '=', networkId).execute();

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    p.A = await addPartner(app, networkId, 'Jeugd-GGZ Noord');
    p.B = await addPartner(app, networkId, 'LVB-zorg De Ster', 'gehandicaptenzorg');
    p.C = await addPartner(app, networkId, 'Gemeente Noorderveen', 'gemeente');
    repA = await invitePerson(app, coordinator, networkId, { name: 'Aisha Representant', email: 'aisha@ggz.test', role: 'representative', partnerId: p.A });
    memberB = await invitePerson(app, coordinator, networkId, { name: 'Bram Deelnemer', email: 'bram@ster.test', role: 'member', partnerId: p.B });
    repC = await invitePerson(app, coordinator, networkId, { name: 'Carla Gemeente', email: 'carla@gemeente.test', role: 'representative', partnerId: p.C });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Otto Toehoorder', email: 'otto@provincie.test', role: 'observer' });

    const { id: adminId } = await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    agreementId = crypto.randomUUID();
    await app.runtime.deps.db.insertInto('agreements').values({ id: agreementId, network_id: networkId, kind: 'ground_rules', title: 'Omgangsregels', created_by: adminId }).execute();
    roundId = await insertRound(app, networkId, adminId);
    const round = { networkId, roundId };
    // normalise: 1→0, 2→25, 3→50, 4→75, 5→100.
    const g = (importance: number | null, adherence: number | null) => ({ [agreementId]: { importance, adherence } });
    const respond = async (who: string, partner: 'A' | 'B' | 'C', body?: ReturnType<typeof answers>) => insertResponse(app, round, await insertUser(app, who), p[partner], body);
    await respond('Anne de Vries', 'A', answers({
      aspects: { ambition: [4, 5] },
      agreements: g(5, 2),
      partners: { [p.B]: { level: 3, reliability: 5, openness: 4, mission: 3, influence: 4, resources: 4, involvement: 4 } },
      wentWell: 'De overdracht na de crisisbeoordeling ging binnen een uur.',
    }));
    await respond('Ahmed Bakker', 'A', answers({ aspects: { ambition: [3, 3] }, agreements: g(5, 3), partners: { [p.B]: rating(4, 4, 3) }, toDiscuss: 'Wie houdt de regie na het weekend?' }));
    await respond('Anouk Smit', 'A', answers({ agreements: g(4, null), partners: { [p.B]: rating(2, 3, 2) }, askOfPartner: 'Kan de gemeente de wachtlijst wekelijks delen?' }));
    await respond('Bas Visser', 'B', answers({ partners: { [p.A]: rating(1, 2, 1) }, wentWell: '   ' }));
    await respond('Chantal Mulder', 'C', answers({ partners: { [p.A]: rating(2, 4, 4) } }));
    await respond('Cor Peters', 'C', answers({ partners: { [p.A]: rating(3, 5, 5) }, wentWell: 'Het gezamenlijke spoedoverleg op vrijdag.' }));
    await respond('Bea Niet-Geantwoord', 'B');
    await respond('Cees Niet-Geantwoord', 'C');
  });
  afterAll(() => app?.close());

  it('gives the coordinator every score of §5.2 by hand, every dyad exactly and the flags', async () => {
    const res = await results(coordinator);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r).toMatchObject({ roundId, status: 'closed', provisional: false, anonymityK: 3, responseRate: { invited: 8, responded: 6, rate: 0.75 } });
    // T(A→B) = (75 + 75 + 50) / 3, T(B→A) = 25, T(C→A) = (75 + 100) / 2.
    close(r.networkTrust.value, (200 / 3 + 25 + 87.5) / 3);
    expect(r.networkTrust.respondents).toBe(6);
    close(r.networkValue.value, (50 + 0 + 87.5) / 3);
    close(r.openness.value, (200 / 3 + 25 + 87.5) / 3);
    // Respondents' mean trust 75, 75, 50, 25, 75, 100: population sd √(5000 / 9).
    close(r.dispersion.value, Math.sqrt(5000 / 9));
    expect(r.aspects.ambition).toEqual(insufficient(2));
    expect(r.aspects.process).toEqual(insufficient(0));
    const partner = (id: string) => r.partners.find((x: { partnerId: string }) => x.partnerId === id);
    expect(partner(p.A)).toEqual({ partnerId: p.A, receivedTrust: ranged(56.25, 3), receivedValue: ranged(43.75, 3) });
    close(partner(p.B).receivedTrust.value, 200 / 3);
    expect(partner(p.C).receivedTrust).toEqual(insufficient(0));

    expect(dyadKeys(r)).toEqual(['AB', 'BA', 'CA']);
    const ba = r.dyads.find((d: Dyad) => d.from === p.B);
    // One respondent: no interval; levels are not bootstrapped.
    expect(ba).toEqual({ from: p.B, to: p.A, trust: { value: 25, respondents: 1, interval: null }, value: { value: 0, respondents: 1, interval: null }, level: { value: 1, respondents: 1, interval: null } });
    const sign = p.A < p.B ? 1 : -1;
    expect(r.flags.asymmetries).toHaveLength(1);
    close(r.flags.asymmetries[0].difference, sign * (200 / 3 - 25));
    expect(r.flags.perceptionGaps).toEqual([{ a: [p.A, p.B].sort()[0], b: [p.A, p.B].sort()[1], difference: sign * 2 }]);
    // Importance 100, 100, 75 on three; adherence 25, 50 on two: insufficient at k = 3.
    expect(r.agreementGaps).toHaveLength(1);
    expect(r.agreementGaps[0]).toMatchObject({ agreementId, adherence: insufficient(2), gap: null, flagged: false });
    close(r.agreementGaps[0].importance.value, 275 / 3);
  });

  it('builds the graph of working ties: A–B and A–C', async () => {
    const { graph } = (await results(coordinator)).body;
    expect(graph.ties).toHaveLength(2);
    close(graph.density, 2 / 3);
    close(graph.reciprocity, 2 / 3);
    close(graph.centralization, 1);
    expect(graph.components).toBe(1);
    expect(graph.isolates).toEqual([]);
    expect(graph.nodes.find((n: { partnerId: string }) => n.partnerId === p.A)).toEqual({ partnerId: p.A, degree: 2, betweenness: 1 });
  });

  it('shows partner A its own pairs exactly, partner B its pair with A, and neither C→A to B', async () => {
    const a = (await results(repA)).body;
    expect(dyadKeys(a)).toEqual(['AB', 'BA', 'CA']);
    expect(a.flags.asymmetries).toHaveLength(1);
    const b = (await results(memberB)).body;
    expect(dyadKeys(b)).toEqual(['AB', 'BA']);
    expect(b.flags.perceptionGaps).toHaveLength(1);
    expect(b.networkTrust.respondents).toBe(6);
  });

  it('shows a third partner and an observer only dyads on k respondents and no flag about a hidden dyad', async () => {
    const c = (await results(repC)).body;
    expect(dyadKeys(c)).toEqual(['AB', 'CA']);
    expect(c.flags).toEqual({ asymmetries: [], perceptionGaps: [] });
    const o = (await results(observer)).body;
    expect(dyadKeys(o)).toEqual(['AB']);
    expect(o.flags).toEqual({ asymmetries: [], perceptionGaps: [] });
    expect(JSON.stringify(o)).not.toContain('"value":25,');
  });

  it('treats k − 1 respondents as insufficient and k as enough', async () => {
    // C→A, the ambition score and the adherence rest on two respondents.
    await setK(2);
    try {
      const o = (await results(observer)).body;
      expect(dyadKeys(o)).toEqual(['AB', 'CA']);
      // Two respondents (87.5 and 50): the 2.5th and 97.5th percentiles of the resampled means are the two extremes.
      expect(o.aspects.ambition).toEqual({ value: 68.75, respondents: 2, interval: { low: 50, high: 88 } });
      close(o.agreementGaps[0].gap, 275 / 3 - 37.5);
      expect(o.agreementGaps[0].flagged).toBe(true);
      expect((await results(repC)).body.flags.asymmetries).toEqual([]);
    } finally {
      await setK(3);
    }
    const o = (await results(observer)).body;
    expect(dyadKeys(o)).toEqual(['AB']);
    expect(o.aspects.ambition).toEqual(insufficient(2));
  });

  it('caches a closed round and recomputes when its responses change', async () => {
    await results(observer);
    const cached = await app.runtime.deps.db.selectFrom('round_results_cache').select('fingerprint').where('round_id', '=', roundId).executeTakeFirstOrThrow();
    expect(cached.fingerprint).toContain('responses 6');
    const extra = await insertUser(app, 'Carlijn Laat');
    await insertResponse(app, { networkId, roundId }, extra, p.C, answers({ partners: { [p.A]: rating(2, 3, 3) } }));
    const o = (await results(observer)).body;
    expect(o.responseRate).toEqual({ invited: 9, responded: 7, rate: 7 / 9 });
    expect(dyadKeys(o)).toEqual(['AB', 'CA']);
    await app.runtime.deps.db.deleteFrom('round_responses').where('respondent_id', '=', extra).execute();
    await app.runtime.deps.db.deleteFrom('round_invitees').where('user_id', '=', extra).execute();
    expect(dyadKeys((await results(observer)).body)).toEqual(['AB']);
  });

  it('gives the coordinator of an open round only response counts, and nobody else anything', async () => {
    const { id: adminId } = await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    const open = await insertRound(app, networkId, adminId, 'open', 'Lopende ronde');
    await insertResponse(app, { networkId, roundId: open }, await insertUser(app, 'Olga Open'), p.A, answers({ partners: { [p.B]: rating(3, 4, 4) } }));
    const res = await results(coordinator, open);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', provisional: true, responseRate: { invited: 1, responded: 1, rate: 1 }, responseByPartner: [{ partnerId: p.A, invited: 1, responded: 1, rate: 1 }] });
    expect(res.body).not.toHaveProperty('networkTrust');
    expect(res.body).not.toHaveProperty('dyads');
    for (const other of [repA, memberB, observer]) expect((await results(other, open)).status).toBe(403);
    expect((await results(coordinator, crypto.randomUUID())).status).toBe(404);
  });

  it('lists the open answers to the coordinator only, without respondent or partner, in a stable order', async () => {
    const path = `/api/networks/${networkId}/rounds/${roundId}/open-answers`;
    for (const other of [repA, memberB, observer]) expect((await other.get(path)).status).toBe(403);
    const first = await coordinator.get(path);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(4);
    for (const item of first.body.items) expect(Object.keys(item).sort()).toEqual(['draft', 'id', 'question', 'text']);
    expect(first.body.items.map((i: { text: string }) => i.text).sort()).toEqual([
      'De overdracht na de crisisbeoordeling ging binnen een uur.',
      'Het gezamenlijke spoedoverleg op vrijdag.',
      'Kan de gemeente de wachtlijst wekelijks delen?',
      'Wie houdt de regie na het weekend?',
    ]);
    const text = JSON.stringify(first.body);
    for (const id of Object.values(p)) expect(text).not.toContain(id);
    const again = await coordinator.get(path);
    expect(again.body.items.map((i: { id: string }) => i.id)).toEqual(first.body.items.map((i: { id: string }) => i.id));
    const paged = await coordinator.get(`${path}?limit=3`);
    expect(paged.body.items).toHaveLength(3);
    const rest = await coordinator.get(`${path}?limit=3&cursor=${paged.body.nextCursor}`);
    expect([...paged.body.items, ...rest.body.items].map((i: { id: string }) => i.id)).toEqual(first.body.items.map((i: { id: string }) => i.id));
    expect(rest.body.nextCursor).toBeNull();
  });

  it('turns answers into drafts: a story, a difference and a request, none naming a partner', async () => {
    const path = `/api/networks/${networkId}/rounds/${roundId}/open-answers`;
    const items = (await coordinator.get(path)).body.items as { id: string; question: string; text: string }[];
    const of = (question: string) => items.find((i) => i.question === question && !i.text.startsWith('Het'))!;
    const draft = (answer: { id: string }, body: object = {}, client = coordinator) => client.post(`${path}/${answer.id}/draft`, body);
    const db = app.runtime.deps.db;

    expect((await draft(of('wentWell'), {}, repA)).status).toBe(403);
    expect((await draft(of('wentWell'), { differenceKind: 'values' })).status).toBe(400);
    const story = await draft(of('wentWell'));
    expect(story.status).toBe(201);
    expect(story.body).toMatchObject({ kind: 'story', title: 'De overdracht na de crisisbeoordeling ging binnen een uur.' });
    expect(await db.selectFrom('stories').select(['draft', 'origin_round_id', 'what_happened']).where('id', '=', story.body.id).executeTakeFirstOrThrow()).toEqual({
      draft: true, origin_round_id: roundId, what_happened: 'De overdracht na de crisisbeoordeling ging binnen een uur.',
    });
    const again = await draft(of('wentWell'));
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ kind: 'story', id: story.body.id });

    const difference = await draft(of('toDiscuss'), { differenceKind: 'work_logic' });
    expect(difference.status).toBe(201);
    expect(await db.selectFrom('differences').select(['draft', 'kind', 'topic', 'origin_round_id']).where('id', '=', difference.body.id).executeTakeFirstOrThrow()).toEqual({
      draft: true, kind: 'work_logic', topic: 'Wie houdt de regie na het weekend?', origin_round_id: roundId,
    });

    const request = await draft(of('askOfPartner'));
    expect(request.status).toBe(201);
    expect(await db.selectFrom('requests').select(['draft', 'from_partner_id', 'to_partner_id', 'origin_round_id']).where('id', '=', request.body.id).executeTakeFirstOrThrow()).toEqual({
      draft: true, from_partner_id: null, to_partner_id: null, origin_round_id: roundId,
    });

    const listed = (await coordinator.get(path)).body.items as { question: string; draft: { kind: string } | null }[];
    expect(listed.filter((i) => i.draft).map((i) => i.draft!.kind).sort()).toEqual(['difference', 'request', 'story']);
    const audit = await db.selectFrom('audit_events').select(['action', 'details']).where('network_id', '=', networkId).where('action', 'like', '%draft_from_round').execute();
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain(p.A);
    expect((await coordinator.post(`${path}/${crypto.randomUUID()}/draft`, {})).status).toBe(404);
  });
});

/** A graph of domain/fixtures/networkx-graphs.json: partners by position, levels as [from, to, level], per-node lists in partner order. */
interface FixtureGraph {
  name: string;
  partnerIds: string[];
  levels?: [from: number, to: number, level: number][];
  expected: { density: number; reciprocity: number | null; centralization: number; numberConnectedComponents: number; isolates: string[]; degree: number[]; betweenness: number[] };
}

/** Integer levels 0–5 whose mean is `level`, on the fewest respondents (up to four). */
function levelsFor(level: number): number[] {
  const n = [1, 2, 3, 4].find((k) => Math.abs(level * k - Math.round(level * k)) < 1e-9)!;
  const total = Math.round(level * n);
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));
}

describe.each(testDatabases)('round results graph against NetworkX (%s)', (kind) => {
  const fixtures = JSON.parse(readFileSync(new URL('../../domain/fixtures/networkx-graphs.json', import.meta.url), 'utf8')) as { graphs: FixtureGraph[] };
  const fixture = fixtures.graphs.find((g) => g.name === 'small-chain')!;
  let app: TestApp;
  let coordinator: TestClient;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
  });
  afterAll(() => app?.close());

  it(`matches the ${fixture.name} fixture through the API, from respondents' levels`, async () => {
    const networkId = await createNetwork(coordinator, 'Grafennetwerk');
    const ids = new Map<string, string>();
    for (const name of fixture.partnerIds) ids.set(name, await addPartner(app, networkId, name));
    const { id: adminId } = await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    const roundId = await insertRound(app, networkId, adminId);
    // Respondent i of a partner gives the i-th of the integer levels whose mean is L(from→to).
    const perRespondent = new Map<string, Map<number, Record<string, ReturnType<typeof rating>>>>();
    for (const [fromIndex, toIndex, level] of fixture.levels!) {
      const [from, to] = [fixture.partnerIds[fromIndex]!, fixture.partnerIds[toIndex]!];
      const byIndex = perRespondent.get(from) ?? new Map();
      perRespondent.set(from, byIndex);
      levelsFor(level).forEach((l, i) => byIndex.set(i, { ...byIndex.get(i), [ids.get(to)!]: rating(l, 3, 3) }));
    }
    for (const [from, byIndex] of perRespondent) {
      for (const [i, partners] of byIndex) {
        await insertResponse(app, { networkId, roundId }, await insertUser(app, `${from} ${i}`), ids.get(from)!, answers({ partners }));
      }
    }
    const { graph } = (await coordinator.get(`/api/networks/${networkId}/rounds/${roundId}/results`)).body;
    const nameOf = new Map([...ids].map(([n, id]) => [id, n]));
    const { expected } = fixture;
    close(graph.density, expected.density);
    close(graph.reciprocity, expected.reciprocity!);
    close(graph.centralization, expected.centralization);
    expect(graph.components).toBe(expected.numberConnectedComponents);
    expect(graph.isolates.map((id: string) => nameOf.get(id)).sort()).toEqual([...expected.isolates].sort());
    expect(graph.nodes).toHaveLength(fixture.partnerIds.length);
    for (const node of graph.nodes as { partnerId: string; degree: number; betweenness: number }[]) {
      const n = nameOf.get(node.partnerId)!;
      expect(node.degree, n).toBe(expected.degree[fixture.partnerIds.indexOf(n)]);
      close(node.betweenness, expected.betweenness[fixture.partnerIds.indexOf(n)]!);
    }
  });

  it('gives reciprocity null, not 0, when no respondent names a collaboration of level 1 or more', async () => {
    const networkId = await createNetwork(coordinator, 'Netwerk zonder contacten');
    const [a, b] = [await addPartner(app, networkId, 'Wijkteam Oost'), await addPartner(app, networkId, 'Huisartsen Oost')];
    const { id: adminId } = await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    const roundId = await insertRound(app, networkId, adminId);
    await insertResponse(app, { networkId, roundId }, await insertUser(app, 'Wim Oost'), a, answers({ partners: { [b]: rating(0, 3, 3) } }));
    await insertResponse(app, { networkId, roundId }, await insertUser(app, 'Hanna Oost'), b, answers({ partners: { [a]: rating(0, 4, 4) } }));
    const { graph } = (await coordinator.get(`/api/networks/${networkId}/rounds/${roundId}/results`)).body;
    expect(graph.reciprocity).toBeNull();
    expect(graph).toMatchObject({ density: 0, components: 2, ties: [] });
  });
});
