import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { answers, insertResponse, insertRound, insertUser, rating } from '../../../test/helpers/round-data.ts';
import { addPartner, ADMIN, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { buildSignalNetwork } from '../../../test/helpers/signal-network.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

type Network = Awaited<ReturnType<typeof buildSignalNetwork>>;
const values = (series: any) => series.points.map((p: any) => p.value);
const changes = (series: any) => series.points.map((p: any) => p.change);

describe.each(testDatabases)('trends and signals (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let net: Network;
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    net = await buildSignalNetwork(app, coordinator);
  });
  afterAll(() => app?.close());

  const trends = async (caller: TestClient) => {
    const res = await caller.get(`/api/networks/${net.networkId}/trends`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const signals = async (caller: TestClient) => {
    const res = await caller.get(`/api/networks/${net.networkId}/signals`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const find = (body: any, measure: string, extra: (s: any) => boolean = () => true) => body.series.find((s: any) => s.measure === measure && extra(s));
  const dyad = (body: any, from: string, to: string) => find(body, 'dyadTrust', (s) => s.from.id === from && s.to.id === to);

  it('gives the series over the closed rounds in order, with changes and spirals (hand-computed)', async () => {
    const body = await trends(coordinator);
    expect(body.rounds.map((r: any) => r.title)).toEqual(['Reflectieronde 1', 'Reflectieronde 2', 'Reflectieronde 3']);
    expect(body.anonymityK).toBe(3);

    const trust = find(body, 'networkTrust');
    values(trust).forEach((v: number) => expect(v).toBeCloseTo(200 / 3, 9));
    expect(changes(trust)).toEqual([null, 0, 0]);
    expect(trust.points[0]).toMatchObject({ respondents: 5, insufficient: false });
    expect(trust.spiral).toBeNull();

    const ambition = find(body, 'aspect', (s) => s.aspect === 'ambition');
    expect(values(ambition)).toEqual([80, 75, 70]);
    expect(changes(ambition)).toEqual([null, -5, -5]); // exactly −10 over two changes
    expect(ambition.spiral).toBe('downward');
    const organisation = find(body, 'aspect', (s) => s.aspect === 'organisation');
    expect(values(organisation)).toEqual([50, 55, 60]); // exactly +10
    expect(organisation.spiral).toBe('upward');
    const relationship = find(body, 'aspect', (s) => s.aspect === 'relationship');
    expect(values(relationship)).toEqual([75, 72.5, 70]);
    expect(relationship.spiral).toBeNull();

    const receivedA = find(body, 'receivedTrust', (s) => s.partner.id === net.A);
    expect(receivedA.partner.name).toBe('GGZ Noord');
    expect(values(receivedA)).toEqual([75, 62.5, 50]);
    expect(receivedA.spiral).toBe('downward');
    const receivedB = find(body, 'receivedTrust', (s) => s.partner.id === net.B);
    expect(receivedB.points.map((p: any) => [p.value, p.insufficient, p.respondents])).toEqual([[null, true, 2], [null, true, 2], [null, true, 2]]);
    expect(receivedB.spiral).toBeNull();

    expect(values(dyad(body, net.A, net.B))).toEqual([50, 75, 100]);
    expect(dyad(body, net.A, net.B).spiral).toBe('upward');
    expect(dyad(body, net.A, net.B).points[2]).toMatchObject({ respondents: 2, insufficient: false, change: 25 });
    expect(values(dyad(body, net.B, net.A))).toEqual([75, 50, 25]);
    expect(dyad(body, net.B, net.A).spiral).toBe('downward');
    expect(dyad(body, net.C, net.A).spiral).toBeNull();
  });

  it('shows a dyad under k respondents only to the coordinator and the two partners of the pair', async () => {
    const dyadsOf = async (caller: TestClient) =>
      (await trends(caller)).series.filter((s: any) => s.measure === 'dyadTrust').map((s: any) => `${s.from.name} → ${s.to.name}`).sort();
    expect(await dyadsOf(net.callers.repA)).toEqual(['GGZ Noord → Wijkteam Centrum', 'Gemeente Noorderstad → GGZ Noord', 'Wijkteam Centrum → GGZ Noord']);
    expect(await dyadsOf(net.callers.repC)).toEqual(['Gemeente Noorderstad → GGZ Noord']);
    expect(await dyadsOf(net.callers.memberC)).toEqual(['Gemeente Noorderstad → GGZ Noord']);
    expect(await dyadsOf(net.callers.observer)).toEqual([]);
    const observer = await trends(net.callers.observer);
    expect(values(find(observer, 'receivedTrust', (s) => s.partner.id === net.A))).toEqual([75, 62.5, 50]);
    expect(values(find(observer, 'receivedTrust', (s) => s.partner.id === net.B))).toEqual([null, null, null]);
  });

  it('lists the spirals, asymmetries, perception gaps and agreement gaps for the coordinator', async () => {
    const body = await signals(coordinator);
    expect(body.round.title).toBe('Reflectieronde 3');
    const describe = (s: any) => [s.code, s.measure === 'aspect' ? s.aspect : s.measure, s.partner?.name ?? s.from?.name ?? s.agreement?.title ?? null];
    expect(body.signals.map(describe)).toEqual([
      ['downward_spiral', 'ambition', null],
      ['downward_spiral', 'receivedTrust', 'GGZ Noord'],
      ['downward_spiral', 'dyadTrust', 'Wijkteam Centrum'],
      ['upward_spiral', 'organisation', null],
      ['upward_spiral', 'dyadTrust', 'GGZ Noord'],
      ['asymmetry', null, expect.any(String)],
      ['perception_gap', null, expect.any(String)],
      ['agreement_gap', null, 'Warme overdracht'],
    ]);
    expect(body.signals[0].figures).toEqual({ previousChange: -5, lastChange: -5, totalChange: -10, lastValue: 70 });
    expect(body.signals[0].link).toBe(`/networks/${net.networkId}/signals`);
    const asymmetry = body.signals.find((s: any) => s.code === 'asymmetry');
    const aToB = asymmetry.from.id === net.A;
    expect(Math.abs(asymmetry.figures.difference)).toBe(75);
    expect([asymmetry.figures.fromTo, asymmetry.figures.toFrom]).toEqual(aToB ? [100, 25] : [25, 100]);
    expect(asymmetry.link).toBe(`/networks/${net.networkId}/rounds/${net.rounds[2]}/results`);
    const gap = body.signals.find((s: any) => s.code === 'perception_gap');
    expect(Math.abs(gap.figures.difference)).toBe(3);
    const agreement = body.signals.find((s: any) => s.code === 'agreement_gap');
    expect(agreement.figures).toEqual({ importance: 100, adherence: 50, gap: 50 });
    expect(agreement.link).toBe(`/networks/${net.networkId}/agreements/${net.handover}`);
    expect(body.signals.some((s: any) => s.code === 'too_good_to_be_true')).toBe(false);
  });

  it('keeps pair signals from callers outside the pair when a dyad rests on fewer than k respondents', async () => {
    const codes = async (caller: TestClient) => (await signals(caller)).signals.map((s: any) => `${s.code}:${s.measure ?? ''}`);
    expect(await codes(net.callers.repA)).toEqual(expect.arrayContaining(['asymmetry:', 'perception_gap:', 'downward_spiral:dyadTrust', 'upward_spiral:dyadTrust']));
    for (const caller of [net.callers.repC, net.callers.memberC, net.callers.observer]) {
      expect(await codes(caller)).toEqual([
        'downward_spiral:aspect',
        'downward_spiral:receivedTrust',
        'upward_spiral:aspect',
        'agreement_gap:',
      ]);
    }
  });
});

describe.each(testDatabases)('"too good to be true" and the anonymity threshold (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let P: string;
  let Q: string;
  let observer: TestClient;
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Eensgezind');
    const coordinatorId = (await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow()).id;
    P = await addPartner(app, networkId, 'Jeugdzorg Plus', 'jeugdhulp');
    Q = await addPartner(app, networkId, 'Politie Noord', 'anders');
    const roundId = await insertRound(app, networkId, coordinatorId);
    for (const [partner, other] of [[P, Q], [Q, P]] as const) {
      for (const name of ['een', 'twee', 'drie']) {
        const user = await insertUser(app, `${name} ${partner.slice(0, 4)}`);
        await insertResponse(app, { networkId, roundId }, user, partner, answers({ partners: { [other]: rating(3, 5, 5) }, toDiscuss: '  ' }));
      }
    }
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga', email: 'olga@eensgezind.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  const codes = async (caller: TestClient = coordinator) => (await caller.get(`/api/networks/${networkId}/signals`)).body.signals.map((s: any) => s.code);
  const difference = async (status: string, draft: boolean) => {
    const id = crypto.randomUUID();
    const user = (await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow()).id;
    await app.runtime.deps.db.insertInto('differences').values({ id, network_id: networkId, created_by: user, topic: 'Wie belt de ouders', kind: 'practice', status: status as any, draft }).execute();
    return id;
  };

  it('fires on trust 100, dispersion 0, nothing to discuss and no open difference, for every role', async () => {
    const body = (await coordinator.get(`/api/networks/${networkId}/signals`)).body;
    expect(body.signals).toEqual([expect.objectContaining({ code: 'too_good_to_be_true', figures: { networkTrust: 100, dispersion: 0, respondents: 6 }, link: `/networks/${networkId}/signals` })]);
    expect(await codes(observer)).toEqual(['too_good_to_be_true']);
    // Both dyads rest on three respondents: an observer sees them.
    const trends = (await observer.get(`/api/networks/${networkId}/trends`)).body;
    expect(trends.series.filter((s: any) => s.measure === 'dyadTrust').map((s: any) => s.points[0].value)).toEqual([100, 100]);
  });

  it('stays quiet while a published difference is open, not for a draft or a resolved one', async () => {
    const draft = await difference('named', true);
    const resolved = await difference('accepted', false);
    expect(await codes()).toEqual(['too_good_to_be_true']);
    const open = await difference('discussed', false);
    expect(await codes()).toEqual([]);
    await app.runtime.deps.db.deleteFrom('differences').where('id', 'in', [draft, resolved, open]).execute();
    expect(await codes()).toEqual(['too_good_to_be_true']);
  });

  it('stays quiet when somebody wrote what should be discussed', async () => {
    const db = app.runtime.deps.db;
    const one = await db.selectFrom('round_responses').select(['id', 'answers']).where('network_id', '=', networkId).limit(1).executeTakeFirstOrThrow();
    await db.updateTable('round_responses').set({ answers: JSON.stringify({ ...(one.answers as object), toDiscuss: 'Het wachten op een crisisbed' }) }).where('id', '=', one.id).execute();
    expect(await codes()).toEqual([]);
    await db.updateTable('round_responses').set({ answers: JSON.stringify(one.answers) }).where('id', '=', one.id).execute();
  });

  it('withholds network trust at k − 1 respondents and so gives no signal', async () => {
    await app.runtime.deps.db.updateTable('networks').set({ anonymity_k: 7 }).where('id', '=', networkId).execute();
    const trust = (await coordinator.get(`/api/networks/${networkId}/trends`)).body.series[0];
    expect(trust.points[0]).toMatchObject({ value: null, insufficient: true, respondents: 6 });
    expect(await codes()).toEqual([]);
    await app.runtime.deps.db.updateTable('networks').set({ anonymity_k: 6 }).where('id', '=', networkId).execute();
    expect(await codes()).toEqual(['too_good_to_be_true']);
  });
});

describe.each(testDatabases)('a round without a value breaks the chain (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Onderbroken');
    const db = app.runtime.deps.db;
    const coordinatorId = (await db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow()).id;
    const P = await addPartner(app, networkId, 'Jeugdzorg Plus', 'jeugdhulp');
    const Q = await addPartner(app, networkId, 'Politie Noord', 'anders');
    // Network trust per round, with k = 3: 75, then only two respondents (no value), 62.5, 50.
    // Skipping the second round would read 75 → 62.5 → 50 as a downward spiral.
    const rounds: [trust: number, respondentsPerPartner: number][] = [[4, 2], [4, 1], [3.5, 2], [3, 2]];
    for (const [r, [trust, perPartner]] of rounds.entries()) {
      const roundId = await insertRound(app, networkId, coordinatorId, 'closed', `Reflectieronde ${r + 1}`);
      await db.updateTable('rounds').set({ closed_at: new Date(Date.now() - (4 - r) * 30 * 86_400_000) }).where('id', '=', roundId).execute();
      for (const [partner, other] of [[P, Q], [Q, P]] as const) {
        for (let i = 0; i < perPartner; i++) {
          const user = await insertUser(app, `respondent ${r} ${i} ${partner.slice(0, 4)}`);
          // Trust items 3 and 4 alternate so that a mean of 3.5 needs no half answers.
          const answer = Number.isInteger(trust) ? trust : i % 2 === 0 ? Math.floor(trust) : Math.ceil(trust);
          await insertResponse(app, { networkId, roundId }, user, partner, answers({ partners: { [other]: rating(3, answer, 3) }, toDiscuss: 'De wachttijden' }));
        }
      }
    }
  });
  afterAll(() => app?.close());

  it('gives no change across the round without a value and no spiral', async () => {
    const body = (await coordinator.get(`/api/networks/${networkId}/trends`)).body;
    const trust = body.series.find((s: any) => s.measure === 'networkTrust');
    expect(trust.points.map((p: any) => [p.value, p.respondents])).toEqual([[75, 4], [null, 2], [62.5, 4], [50, 4]]);
    expect(changes(trust)).toEqual([null, null, null, -12.5]);
    expect(trust.spiral).toBeNull();
    const signals = (await coordinator.get(`/api/networks/${networkId}/signals`)).body.signals;
    expect(signals.filter((s: any) => s.code === 'downward_spiral' && s.measure === 'networkTrust')).toEqual([]);
  });
});
