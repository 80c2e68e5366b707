import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_REPLICATES, changeInterval, roundIntervals, roundReplicates } from './bootstrap.ts';
import { roundScores } from './round-results.ts';
import { ASPECTS, type Interval, type RoundResponse } from './scores.ts';

type Pair = [number, number] | null;
interface FixtureRound {
  name: string;
  roundId: string;
  partnerIds: string[];
  responses: RoundResponse[];
  expected: {
    network: Record<string, Pair>;
    dyads: Record<string, { trust: Pair; value: Pair }>;
    trustDifferences: { a: string; b: string; interval: Pair }[];
  };
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/bootstrap-intervals.json', import.meta.url), 'utf8')) as {
  replicates: number;
  rounds: FixtureRound[];
  changes: { first: string; last: string; score: 'networkTrust'; interval: Pair }[];
};

const asPair = (interval: Interval | null | undefined): Pair => (interval ? [interval.low, interval.high] : null);
const expectClose = (actual: Interval | null | undefined, expected: Pair, what: string) => {
  if (expected === null) return expect(asPair(actual), what).toBeNull();
  expect(actual, what).toBeTruthy();
  expect(Math.abs(actual!.low - expected[0]), `${what} low ${actual!.low} vs ${expected[0]}`).toBeLessThan(1e-9);
  expect(Math.abs(actual!.high - expected[1]), `${what} high ${actual!.high} vs ${expected[1]}`).toBeLessThan(1e-9);
};

describe('bootstrap intervals against an independent computation (scripts/bootstrap-fixtures.py)', () => {
  it('uses the same B', () => {
    expect(fixtures.replicates).toBe(BOOTSTRAP_REPLICATES);
    expect(fixtures.rounds.length).toBeGreaterThanOrEqual(6);
  });

  for (const round of fixtures.rounds) {
    it(`agrees to 1e-9 on every interval: ${round.name}`, () => {
      const scores = roundScores(round.responses, round.partnerIds, { roundId: round.roundId });
      const { network, dyads, trustDifferences } = round.expected;
      expectClose(scores.networkTrust.interval, network.networkTrust!, 'network trust');
      expectClose(scores.networkValue.interval, network.networkValue!, 'network value');
      expectClose(scores.openness.interval, network.openness!, 'openness');
      expectClose(scores.dispersion.interval, network.dispersion!, 'dispersion');
      for (const aspect of ASPECTS) expectClose(scores.aspects[aspect].interval, network[`aspect:${aspect}`] ?? null, aspect);
      for (const p of scores.partners) {
        expectClose(p.receivedTrust.interval, network[`receivedTrust:${p.partnerId}`] ?? null, `received trust ${p.partnerId}`);
        expectClose(p.receivedValue.interval, network[`receivedValue:${p.partnerId}`] ?? null, `received value ${p.partnerId}`);
      }
      for (const g of scores.agreementGaps) {
        expectClose(g.importance.interval, network[`importance:${g.agreementId}`] ?? null, `importance ${g.agreementId}`);
        expectClose(g.adherence.interval, network[`adherence:${g.agreementId}`] ?? null, `adherence ${g.agreementId}`);
        expectClose(g.gapInterval, network[`gap:${g.agreementId}`] ?? null, `gap ${g.agreementId}`);
      }
      expect(scores.dyads.map((d) => `${d.from}>${d.to}`).sort()).toEqual(Object.keys(dyads).sort());
      for (const d of scores.dyads) {
        expectClose(d.trust.interval, dyads[`${d.from}>${d.to}`]!.trust, `T(${d.from}→${d.to})`);
        expectClose(d.value.interval, dyads[`${d.from}>${d.to}`]!.value, `V(${d.from}→${d.to})`);
      }
      expect(scores.trustDifferences.map((p) => `${p.a}-${p.b}`)).toEqual(trustDifferences.map((p) => `${p.a}-${p.b}`));
      scores.trustDifferences.forEach((p, i) => expectClose(p.interval, trustDifferences[i]!.interval, `T(${p.a}→${p.b}) − T(${p.b}→${p.a})`));
    });
  }

  it('agrees on the interval of a change between rounds (a spiral)', () => {
    for (const change of fixtures.changes) {
      const replicatesOf = (id: string) => {
        const round = fixtures.rounds.find((r) => r.roundId === id)!;
        return roundReplicates(round.responses, round.partnerIds, round.roundId)[change.score];
      };
      expectClose(changeInterval(replicatesOf(change.first), replicatesOf(change.last)), change.interval, 'change');
    }
  });
});

describe('reproducibility', () => {
  const edge = fixtures.rounds[0]!;

  it('gives the same intervals for the same answers, in any order', () => {
    const once = roundIntervals(edge.responses, edge.partnerIds, edge.roundId);
    const shuffled = [...edge.responses].reverse().map((r) => ({ ...r, partners: Object.fromEntries(Object.entries(r.partners).reverse()) }));
    expect(roundIntervals(shuffled, [...edge.partnerIds], edge.roundId)).toEqual(once);
  });

  it('gives other intervals for another round id', () => {
    const round = fixtures.rounds.find((r) => r.name.startsWith('random, up to six'))!;
    const one = roundIntervals(round.responses, round.partnerIds, 'round-one');
    const other = roundIntervals(round.responses, round.partnerIds, 'round-other');
    expect(one.networkTrust).not.toEqual(other.networkTrust);
    expect(one.dispersion).not.toEqual(other.dispersion);
    expect([...one.dyads.values()].map((d) => d.trust)).not.toEqual([...other.dyads.values()].map((d) => d.trust));
  });

  it('gives a dyad on one respondent, and a score on one respondent, no interval', () => {
    const scores = roundScores(edge.responses, edge.partnerIds, { roundId: edge.roundId });
    // C→A and C→B rest on c1 alone; B→C on b1 alone.
    for (const d of scores.dyads.filter((x) => x.trust.respondents < 2)) expect(d.trust.interval).toBeNull();
    expect(scores.dyads.filter((x) => x.trust.respondents === 1).length).toBeGreaterThanOrEqual(3);
    const single = roundScores(edge.responses.slice(0, 1), edge.partnerIds, { roundId: edge.roundId });
    expect(single.networkTrust).toMatchObject({ respondents: 1, interval: null });
    expect(single.aspects.ambition).toMatchObject({ respondents: 1, interval: null });
  });

  it('leaves a score without a value without an interval, and adds none without a round id', () => {
    const scores = roundScores(edge.responses, edge.partnerIds, { roundId: edge.roundId });
    expect(scores.aspects.relationship).toEqual({ value: null, respondents: 0, items: 0, interval: null });
    expect(roundScores(edge.responses, edge.partnerIds).networkTrust.interval).toBeUndefined();
  });

  it('keeps the replicates of a dyad the same as its interval was drawn from', () => {
    const replicates = roundReplicates(edge.responses, edge.partnerIds, edge.roundId);
    const trust = replicates.dyad('A', 'B')!.trust!;
    expect(trust).toHaveLength(BOOTSTRAP_REPLICATES);
    const sorted = Float64Array.from(trust).sort();
    // numpy's linear percentile by hand: h = 1999 · 0.025 = 49.975.
    const low = sorted[49]! + 0.975 * (sorted[50]! - sorted[49]!);
    expect(roundIntervals(edge.responses, edge.partnerIds, edge.roundId).dyads.get('A\u0000B')!.trust!.low).toBeCloseTo(low, 9);
    expect(replicates.dyad('C', 'A')!.trust).toBeNull(); // one respondent
    expect(replicates.dyad('A', 'nobody')).toBeNull();
  });
});
