import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { roundScores } from '../../domain/round-results.ts';
import { spiral, tooGoodToBeTrue } from '../../domain/signals.ts';
import { closedRounds, loadRoundResponses } from '../rounds/round-answers.ts';
import { EXAMPLE_ROUNDS } from './example-rounds.ts';

describe.each(testDatabases)('the example rounds (%s)', (kind) => {
  let app: TestApp;
  let admin: TestClient;
  let networkId: string;
  const partner = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = app.client();
    const res = await admin.post('/api/setup', { ...ADMIN, loadExample: true });
    networkId = res.body.exampleNetworkId;
    const rows = await app.runtime.deps.db.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).execute();
    for (const row of rows) partner.set(row.name, row.id);
  });
  afterAll(() => app?.close());

  const series = async () => {
    const db = app.runtime.deps.db;
    const rounds = await closedRounds(db, networkId);
    const partnerIds = [...partner.values()];
    return Promise.all(rounds.map(async (r) => ({ roundId: r.id, scores: roundScores(await loadRoundResponses(db, r.id), partnerIds) })));
  };
  const dyadSeries = (all: Awaited<ReturnType<typeof series>>, from: string, to: string) =>
    all.map(({ roundId, scores }) => ({ roundId, value: scores.dyads.find((d) => d.from === partner.get(from) && d.to === partner.get(to))?.trust.value ?? null }));

  it('has three closed rounds a quarter apart, answered by the representatives of all ten partners', async () => {
    const all = await series();
    expect(all).toHaveLength(EXAMPLE_ROUNDS.length);
    for (const { scores } of all) {
      expect(scores.networkTrust.respondents).toBeGreaterThanOrEqual(17);
      expect(new Set(scores.dyads.map((d) => d.from)).size).toBe(10);
    }
    const representatives = await app.runtime.deps.db.selectFrom('network_members').select('partner_id').where('network_id', '=', networkId).where('role', '=', 'representative').execute();
    expect(new Set(representatives.map((r) => r.partner_id)).size).toBe(10);
  });

  it('shows an upward spiral between GGZ Noord and Stichting Ster, both ways', async () => {
    const all = await series();
    // Two respondents, three items each: sums 17, 19, 22 of 30 → 45.83, 54.17, 66.67.
    const ggzToSter = dyadSeries(all, 'GGZ Noord', 'Stichting Ster');
    expect(ggzToSter.map((p) => p.value)).toEqual([((17 / 6 - 1) / 4) * 100, ((19 / 6 - 1) / 4) * 100, ((22 / 6 - 1) / 4) * 100].map((v) => expect.closeTo(v, 9)));
    expect(spiral(ggzToSter)).toBe('upward');
    expect(spiral(dyadSeries(all, 'Stichting Ster', 'GGZ Noord'))).toBe('upward');
  });

  it('shows a downward spiral between Jeugdhulp Noord and the municipality, both ways', async () => {
    const all = await series();
    const jeugdhulpToGemeente = dyadSeries(all, 'Jeugdhulp Noord', 'Gemeente Noorderveen');
    expect(jeugdhulpToGemeente.map((p) => p.value)).toEqual([((20 / 6 - 1) / 4) * 100, ((17 / 6 - 1) / 4) * 100, ((14 / 6 - 1) / 4) * 100].map((v) => expect.closeTo(v, 9)));
    expect(spiral(jeugdhulpToGemeente)).toBe('downward');
    expect(spiral(dyadSeries(all, 'Gemeente Noorderveen', 'Jeugdhulp Noord'))).toBe('downward');
  });

  it('has a believable network trust: not too good to be true, with spread and things to discuss', async () => {
    const all = await series();
    for (const { scores } of all) {
      expect(scores.networkTrust.value).toBeGreaterThan(50);
      expect(scores.networkTrust.value).toBeLessThan(75);
      expect(scores.dispersion.value).toBeGreaterThan(5);
      // Even with nothing to discuss and no open difference, the numbers alone are not too good.
      expect(tooGoodToBeTrue({ networkTrust: scores.networkTrust.value, dispersion: scores.dispersion.value, toDiscussAnswers: [], openDifferences: 0 })).toBe(false);
    }
    const last = all[all.length - 1]!.scores;
    expect(last.graph.ties.length).toBeGreaterThanOrEqual(15);
    expect(last.graph.isolates).toEqual([]);
  });

  it('gives the results through the API: an asymmetry and a perception gap for the coordinator', async () => {
    const rounds = (await admin.get(`/api/networks/${networkId}/rounds?limit=10`)).body.items as { id: string; title: string }[];
    const last = rounds.find((r) => r.title === EXAMPLE_ROUNDS[2].title)!;
    const results = (await admin.get(`/api/networks/${networkId}/rounds/${last.id}/results`)).body;
    expect(results.networkTrust.respondents).toBe(19);
    const pairs = (list: { a: string; b: string }[]) => list.map((p) => [p.a, p.b].sort().join('|'));
    expect(pairs(results.flags.asymmetries)).toContain([partner.get('Veilig Thuis Regio Noord'), partner.get('Samenwerkingsverband Passend Onderwijs Noord')].sort().join('|'));
    expect(pairs(results.flags.perceptionGaps)).toContain([partner.get('GGZ Noord'), partner.get('Huisartsenkring Noord')].sort().join('|'));
    const answers = (await admin.get(`/api/networks/${networkId}/rounds/${last.id}/open-answers`)).body.items;
    expect(answers.length).toBe(5);
  });
});
