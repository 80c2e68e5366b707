import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, insertResponse, insertRound, insertUser, rating } from '../../../test/helpers/round-data.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

/**
 * DESIGN §5.9 through the API: the response per round and partner, closing a low-response round
 * only after confirmation, leaving such a round out of trends, signals and the stage until the
 * coordinator includes it (audited), intervals on trend points, and the quality of the measurement.
 */
describe.each(testDatabases)('response quality and intervals (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let repA: TestClient;
  let observer: TestClient;
  let networkId: string;
  let base: string;
  let adminId: string;
  const p: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  const rounds: string[] = [];

  /** A round in which one respondent of each partner rates the two others with `trust` (1–5), invited `extra` more who did not answer. */
  async function round(status: 'open' | 'closed', title: string, trust: number[], extra = 0) {
    const id = await insertRound(app, networkId, adminId, status, title);
    const letters = ['A', 'B', 'C'] as const;
    for (const [i, letter] of letters.entries()) {
      if (trust[i] === undefined) continue;
      const others = Object.fromEntries(letters.filter((l) => l !== letter).map((l) => [p[l], rating(3, trust[i]!, trust[i]!)]));
      await insertResponse(app, { networkId, roundId: id }, await insertUser(app, `${title} ${letter}`), p[letter], answers({ partners: others }));
    }
    for (let i = 0; i < extra; i++) await insertResponse(app, { networkId, roundId: id }, await insertUser(app, `${title} stil ${i}`), p.A);
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
    repA = await invitePerson(app, coordinator, networkId, { name: 'Aisha Representant', email: 'aisha@ggz.test', role: 'representative', partnerId: p.A });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Otto Toehoorder', email: 'otto@provincie.test', role: 'observer' });
    adminId = (await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow()).id;
    // Two closed rounds with everyone answering: network trust 100, then 75 (every dyad one answer step lower).
    rounds.push(await round('closed', 'Voorjaar', [5, 5, 5]));
    rounds.push(await round('closed', 'Zomer', [4, 4, 4]));
  });
  afterAll(() => app?.close());

  it('gives the response in all to every role and per partner to the coordinator only', async () => {
    const open = await round('open', 'Najaar', [4], 3); // A: 1 of 4; B and C invited nobody
    rounds.push(open);
    const mine = await coordinator.get(`${base}/rounds/${open}/response`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ invited: 4, responded: 1, rate: 0.25, k: 3, lowResponse: ['rate_below_half', 'fewer_than_k'], partnersBelowK: [p.A] });
    expect(mine.body.partners).toEqual([{ partnerId: p.A, name: 'Jeugd-GGZ Noord', invited: 4, responded: 1, rate: 0.25, belowK: true }]);
    const theirs = await observer.get(`${base}/rounds/${open}/response`);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual({ invited: 4, responded: 1, rate: 0.25, k: 3, lowResponse: ['rate_below_half', 'fewer_than_k'], partners: null, partnersBelowK: null });
  });

  it('closes a low-response round only after confirmation, marks it, and leaves it out of trends and signals', async () => {
    const open = rounds[2]!;
    expect((await repA.post(`${base}/rounds/${open}/close`, { confirmLowResponse: true })).status).toBe(403);
    const refused = await coordinator.post(`${base}/rounds/${open}/close`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ reason: 'low_response', lowResponse: ['rate_below_half', 'fewer_than_k'], invited: 4, responded: 1, rate: 0.25, k: 3, partnersBelowK: [p.A] });
    expect((await coordinator.get(`${base}/rounds/${open}`)).body.status).toBe('open');
    expect((await coordinator.post(`${base}/rounds/${open}/close`, { confirmLowResponse: false })).status).toBe(409);

    const closed = await coordinator.post(`${base}/rounds/${open}/close`, { confirmLowResponse: true });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', lowResponse: true, lowResponseIncluded: false });
    const audit = await app.runtime.deps.db.selectFrom('audit_events').select('details').where('action', '=', 'round.close').where('object_id', '=', open).executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ lowResponse: ['rate_below_half', 'fewer_than_k'] });

    const trends = (await coordinator.get(`${base}/trends`)).body;
    expect(trends.rounds.map((r: { id: string }) => r.id)).toEqual(rounds.slice(0, 2));
  });

  it('includes the round when the coordinator says so, audited, and leaves it out again', async () => {
    const low = rounds[2]!;
    const path = `${base}/rounds/${low}/low-response-inclusion`;
    expect((await repA.put(path, { included: true })).status).toBe(403);
    expect((await observer.put(path, { included: true })).status).toBe(403);
    expect((await coordinator.put(`${base}/rounds/${rounds[0]}/low-response-inclusion`, { included: true })).status).toBe(409);
    expect((await coordinator.put(path, {})).status).toBe(400);

    const included = await coordinator.put(path, { included: true });
    expect(included.status).toBe(200);
    expect(included.body).toMatchObject({ lowResponse: true, lowResponseIncluded: true });
    expect((await coordinator.get(`${base}/trends`)).body.rounds.map((r: { id: string }) => r.id)).toEqual(rounds);
    // Signals (and the stage, which reads the same rounds) now take it as the last closed round.
    expect((await observer.get(`${base}/signals`)).body.round.id).toBe(low);

    expect((await coordinator.put(path, { included: false })).body.lowResponseIncluded).toBe(false);
    expect((await coordinator.get(`${base}/trends`)).body.rounds.map((r: { id: string }) => r.id)).toEqual(rounds.slice(0, 2));
    expect((await observer.get(`${base}/signals`)).body.round.id).toBe(rounds[1]);
    const log = await app.runtime.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('object_id', '=', low)
      .where('action', 'like', 'round.%LowResponse')
      .orderBy('created_at')
      .execute();
    expect(log.map((e) => e.action)).toEqual(['round.includeLowResponse', 'round.excludeLowResponse']);
    expect(log.every((e) => e.actor_id === adminId)).toBe(true);
  });

  it('gives every trend point shown as a number its interval, and nothing of a withheld one', async () => {
    const trends = (await observer.get(`${base}/trends`)).body;
    const trust = trends.series.find((s: { measure: string }) => s.measure === 'networkTrust');
    // Every respondent gave the same answers: each resample has the same mean.
    expect(trust.points.map((pt: { value: number; interval: unknown }) => [pt.value, pt.interval])).toEqual([
      [100, { low: 100, high: 100 }],
      [75, { low: 75, high: 75 }],
    ]);
    const ambition = trends.series.find((s: { aspect: string | null }) => s.aspect === 'ambition');
    expect(ambition.points.every((pt: { value: null; interval: null }) => pt.value === null && pt.interval === null)).toBe(true);
    expect(trust.uncertain).toBeNull();
  });

  it('marks a spiral uncertain when the interval of its total change contains its threshold', async () => {
    // A third round on the same respondents' pattern: 100 → 75 → 50 is a downward spiral of −50,
    // with every resample giving exactly −50: certain.
    rounds.push(await round('closed', 'Winter', [3, 3, 3]));
    const trends = (await coordinator.get(`${base}/trends`)).body;
    const trust = trends.series.find((s: { measure: string }) => s.measure === 'networkTrust');
    expect(trust.spiral).toBe('downward');
    expect(trust.uncertain).toBe(false);
    const signals = (await coordinator.get(`${base}/signals`)).body.signals;
    const spiral = signals.find((s: { code: string; measure: string }) => s.code === 'downward_spiral' && s.measure === 'networkTrust');
    expect(spiral.uncertain).toBe(false);
    // A dyad spiral rests on one respondent per round: no interval, so uncertain.
    const dyad = trends.series.find((s: { measure: string; spiral: string | null }) => s.measure === 'dyadTrust' && s.spiral === 'downward');
    expect(dyad.uncertain).toBe(true);
  });

  it('gives the quality of the measurement of a closed round to every role, "too few answers" below ten', async () => {
    const quality = await observer.get(`${base}/rounds/${rounds[0]}/quality`);
    expect(quality.status).toBe(200);
    expect(quality.body).toMatchObject({
      roundId: rounds[0],
      minimumComplete: 10,
      trust: { coefficient: null, complete: 6, reason: 'too_few_answers' },
      value: { coefficient: null, complete: 6, reason: 'too_few_answers' },
      aspects: { ambition: { coefficient: null, complete: 0, reason: 'too_few_answers' } },
    });
    const open = await round('open', 'Nog open', [4, 4, 4]);
    expect((await coordinator.get(`${base}/rounds/${open}/quality`)).status).toBe(403);
  });
});
