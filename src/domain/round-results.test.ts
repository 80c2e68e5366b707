import { describe, expect, it } from 'vitest';
import { resultsForCaller, roundScores } from './round-results.ts';
import {
  agreementGaps,
  aspectScore,
  ASPECTS,
  dispersion,
  dyadScores,
  networkScore,
  receivedScores,
  type PartnerRating,
  type RoundResponse,
} from './scores.ts';

const rating = (r: Partial<PartnerRating>): PartnerRating => ({
  level: null, reliability: null, openness: null, mission: null, influence: null, resources: null, involvement: null, ...r,
});
const same = (level: number, trust: number, value: number, openness = trust) =>
  rating({ level, reliability: trust, openness, mission: trust, influence: value, resources: value, involvement: value });
const respondent = (respondentId: string, partnerId: string, partners: Record<string, PartnerRating>, aspects: RoundResponse['aspects'] = {}): RoundResponse => ({
  respondentId, partnerId, aspects, agreements: {}, partners,
});

// Partners A, B, C. Three respondents of A rate B, one of B rates A, two of C rate A.
// normalise: 1→0, 2→25, 3→50, 4→75, 5→100.
const responses: RoundResponse[] = [
  respondent('a1', 'A', { B: rating({ level: 3, reliability: 5, openness: 4, mission: 3, influence: 4, resources: 4, involvement: 4 }) }, { ambition: [4, 5] }),
  respondent('a2', 'A', { B: same(4, 4, 3) }, { ambition: [3, 3] }),
  respondent('a3', 'A', { B: same(2, 3, 2) }),
  respondent('b1', 'B', { A: same(1, 2, 1) }),
  respondent('c1', 'C', { A: same(2, 4, 4) }),
  respondent('c2', 'C', { A: same(3, 5, 5) }),
];
const scores = roundScores(responses, ['A', 'B', 'C']);
const dyad = (results: { dyads: { from: string; to: string }[] }, from: string, to: string) => results.dyads.find((d) => d.from === from && d.to === to);

describe('roundScores', () => {
  it('computes the scores of DESIGN §5.2 by hand', () => {
    // T(A→B) = (75 + 75 + 50) / 3, T(B→A) = 25, T(C→A) = (75 + 100) / 2 = 87.5.
    expect(dyad(scores, 'A', 'B')).toMatchObject({ trust: { value: 200 / 3, respondents: 3 }, value: { value: 50, respondents: 3 }, level: { value: 3, respondents: 3 } });
    expect(dyad(scores, 'B', 'A')).toMatchObject({ trust: { value: 25, respondents: 1 }, level: { value: 1, respondents: 1 } });
    expect(dyad(scores, 'C', 'A')).toMatchObject({ trust: { value: 87.5, respondents: 2 }, level: { value: 2.5, respondents: 2 } });
    expect(scores.networkTrust.value).toBeCloseTo((200 / 3 + 25 + 87.5) / 3, 12);
    expect(scores.networkTrust.respondents).toBe(6);
    expect(scores.networkTrust.items).toBe(18); // six respondents, three trust items each
    // Received: the mean over partners of T(·→B), on every respondent and trust (value) answer behind it.
    expect(scores.partners).toEqual([
      { partnerId: 'A', receivedTrust: { value: 56.25, respondents: 3, items: 9 }, receivedValue: { value: (0 + 87.5) / 2, respondents: 3, items: 9 } },
      { partnerId: 'B', receivedTrust: { value: 200 / 3, respondents: 3, items: 9 }, receivedValue: { value: 50, respondents: 3, items: 9 } },
      { partnerId: 'C', receivedTrust: { value: null, respondents: 0, items: 0 }, receivedValue: { value: null, respondents: 0, items: 0 } },
    ]);
    // Ambition: a1 (75 + 100) / 2 = 87.5, a2 50 → 68.75 on two respondents and four answers.
    expect(scores.aspects.ambition).toEqual({ value: 68.75, respondents: 2, items: 4 });
    expect(scores.aspects.process).toEqual({ value: null, respondents: 0, items: 0 });
    expect(scores.dispersion).toMatchObject({ respondents: 6, items: 18 });
    // T(A→B) − T(B→A) = 200/3 − 25; C→A has no way back (nobody of A rated C), so no pair.
    expect(scores.trustDifferences).toEqual([{ a: 'A', b: 'B', difference: 200 / 3 - 25 }]);
  });

  it('applies the minimum information at its edges, as the single scores do', () => {
    const edge: RoundResponse[] = [
      // One trust item of three: no dyad trust; two value items: counts.
      respondent('x1', 'A', { B: rating({ level: 2, reliability: 5, influence: 5, resources: 3 }) }, { process: [3, null] }),
      // Two of three: counts, the mean of the two.
      respondent('x2', 'A', { B: rating({ level: 3, reliability: 4, mission: 2, influence: 1, resources: 1, involvement: 1 }) }, { process: [3] as RoundResponse['aspects']['process'] }),
      respondent('y1', 'B', { A: same(2, 4, 4) }, { process: [5, 4] }),
    ];
    const edgeScores = roundScores(edge, ['A', 'B']);
    // T(A→B): only x2, (75 + 25) / 2 = 50 on two items; V(A→B): x1 (100 + 50) / 2 = 75, x2 0 → 37.5 on five items.
    expect(dyad(edgeScores, 'A', 'B')).toMatchObject({ trust: { value: 50, respondents: 1, items: 2 }, value: { value: 37.5, respondents: 2, items: 5 } });
    // Process: x1 [3, null] → 50 on one item; x2 [3] is left out; y1 (100 + 75) / 2 = 87.5 → 68.75.
    expect(edgeScores.aspects.process).toEqual({ value: 68.75, respondents: 2, items: 3 });
    // Network trust: (50 + 75) / 2 on x2 and y1, with 2 + 3 items; x1 does not count.
    expect(edgeScores.networkTrust).toEqual({ value: 62.5, respondents: 2, items: 5 });
    expect(edgeScores.dispersion).toEqual({ value: 12.5, respondents: 2, items: 5 });
    expect(edgeScores.networkTrust).toEqual(networkScore(dyadScores(edge), edge, 'trust'));
    expect(edgeScores.aspects.process).toEqual(aspectScore(edge, 'process'));
  });

  it('builds the working-tie graph from the levels: ties A–B (3) and A–C (2.5)', () => {
    expect(scores.graph.ties).toEqual([{ a: 'A', b: 'B' }, { a: 'A', b: 'C' }]);
    expect(scores.graph.density).toBeCloseTo(2 / 3, 12);
    // Directed edges A→B, B→A, C→A: two of three reciprocated.
    expect(scores.graph.reciprocity).toBeCloseTo(2 / 3, 12);
    expect(scores.graph.nodes.find((n) => n.partnerId === 'A')).toEqual({ partnerId: 'A', degree: 2, betweenness: 1 });
  });

  it('leaves out ratings about partners outside the network and a partner about itself', () => {
    const extra = [...responses, respondent('c3', 'C', { gone: same(5, 5, 5), C: same(5, 5, 5) })];
    const withExtra = roundScores(extra, ['A', 'B', 'C']);
    expect(withExtra.dyads).toHaveLength(3);
    expect(withExtra.networkTrust).toEqual(scores.networkTrust);
  });

  it('gives the same numbers as the single scores of scores.ts on a random round', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const answer = () => (random() < 0.15 ? null : 1 + Math.floor(random() * 5));
    const partnerIds = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const round: RoundResponse[] = Array.from({ length: 60 }, (_, i) => {
      const own = partnerIds[i % partnerIds.length]!;
      const rated = partnerIds.filter((p) => p !== own && random() < 0.5);
      return {
        respondentId: `r${i}`,
        partnerId: own,
        aspects: Object.fromEntries(ASPECTS.map((a) => [a, [answer(), answer()]])),
        agreements: { g1: { importance: answer(), adherence: answer() } },
        partners: Object.fromEntries(rated.map((p) => [p, rating({ level: random() < 0.1 ? null : Math.floor(random() * 6), reliability: answer(), openness: answer(), mission: answer(), influence: answer(), resources: answer(), involvement: answer() })])),
      };
    });
    // Some aspects miss an item altogether ([3] is not [3, null]).
    for (const r of round.filter((_, i) => i % 7 === 0)) r.aspects.process = [answer() ?? 3];
    const fast = roundScores(round, partnerIds);
    const dyads = dyadScores(round);
    expect(fast.dyads).toEqual(dyads);
    expect(fast.networkTrust).toEqual(networkScore(dyads, round, 'trust'));
    expect(fast.networkValue).toEqual(networkScore(dyads, round, 'value'));
    expect(fast.openness).toEqual(networkScore(dyads, round, 'openness'));
    expect(fast.dispersion).toEqual(dispersion(round));
    expect(fast.agreementGaps).toEqual(agreementGaps(round));
    for (const aspect of ASPECTS) expect(fast.aspects[aspect]).toEqual(aspectScore(round, aspect));
    for (const p of fast.partners) expect(p).toEqual(receivedScores(dyads, round, p.partnerId));
  });
});

describe('resultsForCaller (DESIGN §5.3)', () => {
  const observer = { role: 'observer' as const, partnerId: null };
  const coordinator = { role: 'coordinator' as const, partnerId: null };
  const organisation = (k: number) => ({ mode: 'organisation' as const, k, respondents: 6 });
  const strict = (k: number) => ({ mode: 'strict' as const, k, respondents: 6 });

  it('shows the coordinator every dyad exactly, and the flags', () => {
    const seen = resultsForCaller(scores, { role: 'coordinator' as const, partnerId: null }, organisation(3));
    expect(seen.dyads.map((d) => `${d.from}${d.to}`).sort()).toEqual(['AB', 'BA', 'CA']);
    expect(dyad(seen, 'B', 'A')).toEqual({ from: 'B', to: 'A', trust: { value: 25, respondents: 1 }, value: { value: 0, respondents: 1 }, level: { value: 1, respondents: 1 } });
    expect(seen.flags.asymmetries).toEqual([{ a: 'A', b: 'B', difference: 200 / 3 - 25 }]);
    expect(seen.flags.perceptionGaps).toEqual([{ a: 'A', b: 'B', difference: 2 }]);
    // The exception is for dyads only: the ambition score on two respondents stays insufficient.
    expect(seen.aspects.ambition).toEqual({ value: null, insufficient: true, respondents: 2 });
  });

  it('shows partner A the dyads A→B, B→A and C→A exactly, and the pair flags', () => {
    const seen = resultsForCaller(scores, { role: 'representative' as const, partnerId: 'A' }, organisation(3));
    expect(seen.dyads.map((d) => `${d.from}${d.to}`).sort()).toEqual(['AB', 'BA', 'CA']);
    expect(dyad(seen, 'C', 'A')).toMatchObject({ trust: { value: 87.5, respondents: 2 } });
    expect(seen.flags.asymmetries).toHaveLength(1);
  });

  it('shows partner B its own pair exactly but not C→A on two respondents', () => {
    const seen = resultsForCaller(scores, { role: 'member' as const, partnerId: 'B' }, organisation(3));
    expect(seen.dyads.map((d) => `${d.from}${d.to}`).sort()).toEqual(['AB', 'BA']);
    expect(seen.flags.perceptionGaps).toHaveLength(1);
  });

  it('shows a third partner and an observer only dyads on k respondents, and no flag resting on a hidden dyad', () => {
    for (const caller of [{ role: 'representative' as const, partnerId: 'C' }, observer]) {
      const seen = resultsForCaller(scores, caller, organisation(3));
      expect(dyad(seen, 'A', 'B')).toEqual({ from: 'A', to: 'B', trust: { value: 200 / 3, respondents: 3 }, value: { value: 50, respondents: 3 }, level: { value: 3, respondents: 3 } });
      expect(dyad(seen, 'B', 'A')).toBeUndefined();
      expect(seen.flags).toEqual({ asymmetries: [], perceptionGaps: [] });
    }
    expect(dyad(resultsForCaller(scores, { role: 'representative' as const, partnerId: 'C' }, organisation(3)), 'C', 'A')).toBeDefined();
    expect(dyad(resultsForCaller(scores, observer, organisation(3)), 'C', 'A')).toBeUndefined();
  });

  it('turns a score on k − 1 respondents into "insufficient" and shows it on k', () => {
    // C→A and the ambition score rest on two respondents.
    expect(dyad(resultsForCaller(scores, observer, organisation(3)), 'C', 'A')).toBeUndefined();
    expect(dyad(resultsForCaller(scores, observer, organisation(2)), 'C', 'A')).toMatchObject({ trust: { value: 87.5, respondents: 2 } });
    expect(resultsForCaller(scores, observer, organisation(3)).aspects.ambition).toEqual({ value: null, insufficient: true, respondents: 2 });
    expect(resultsForCaller(scores, observer, organisation(2)).aspects.ambition).toEqual({ value: 68.75, respondents: 2 });
    expect(resultsForCaller(scores, observer, organisation(3)).partners[0]!.receivedTrust).toEqual({ value: 56.25, respondents: 3 });
    expect(resultsForCaller(scores, observer, organisation(4)).partners[0]!.receivedTrust).toEqual({ value: null, insufficient: true, respondents: 3 });
  });

  it('shows a flag to everyone once both directions rest on k respondents', () => {
    const both = roundScores([...responses, respondent('b2', 'B', { A: same(1, 2, 1) }), respondent('b3', 'B', { A: same(1, 2, 1) })], ['A', 'B', 'C']);
    expect(resultsForCaller(both, observer, organisation(3)).flags.asymmetries).toEqual([{ a: 'A', b: 'B', difference: 200 / 3 - 25 }]);
    expect(resultsForCaller(both, observer, organisation(4)).flags.asymmetries).toEqual([]);
  });

  it('shows an agreement gap only when importance and adherence both rest on k respondents', () => {
    const agreement = (i: number): RoundResponse['agreements'] => (i < 3 ? { g: { importance: 5, adherence: i < 2 ? 2 : null } } : {});
    const withAgreement = responses.map((r, i) => ({ ...r, agreements: agreement(i) }));
    const gapScores = roundScores(withAgreement, ['A', 'B', 'C']);
    expect(resultsForCaller(gapScores, observer, organisation(2)).agreementGaps).toEqual([
      { agreementId: 'g', importance: { value: 100, respondents: 3 }, adherence: { value: 25, respondents: 2 }, gap: 75, flagged: true },
    ]);
    expect(resultsForCaller(gapScores, observer, organisation(3)).agreementGaps).toEqual([
      { agreementId: 'g', importance: { value: 100, respondents: 3 }, adherence: { value: null, insufficient: true, respondents: 2 }, gap: null, flagged: false },
    ]);
  });

  it('in strict mode shows nobody, the coordinator included, a dyad below k, nor a flag, tie or degree derived from it', () => {
    // Levels: A→B 3 (three respondents), B→A 1 (one), C→A on two respondents.
    for (const caller of [coordinator, { role: 'representative' as const, partnerId: 'A' }, { role: 'member' as const, partnerId: 'B' }, observer]) {
      const seen = resultsForCaller(scores, caller, strict(3));
      expect(seen.dyads.map((d) => `${d.from}${d.to}`)).toEqual(['AB']);
      expect(seen.flags).toEqual({ asymmetries: [], perceptionGaps: [] });
      expect(seen.graph.ties).toEqual([{ a: 'A', b: 'B' }]);
      expect(seen.graph.nodes.find((n) => n.partnerId === 'C')!.degree).toBe(0);
      expect(seen.graph.isolates).toEqual(['C']);
    }
    // The same round in organisation mode: the coordinator sees the tie that rests on C's two respondents.
    expect(resultsForCaller(scores, coordinator, organisation(3)).graph.ties).toEqual(scores.graph.ties);
  });

  it('gives an observer no working tie or degree that rests on fewer than k respondents', () => {
    const seen = resultsForCaller(scores, observer, organisation(3));
    const hiddenTies = scores.graph.ties.filter((t) => t.a === 'A' && t.b === 'C');
    expect(hiddenTies).toHaveLength(1);
    expect(seen.graph.ties).toEqual([{ a: 'A', b: 'B' }]);
    expect(seen.graph.nodes.find((n) => n.partnerId === 'C')).toEqual({ partnerId: 'C', degree: 0, betweenness: 0 });
    // Density and reciprocity are network-wide: all dyads once the round has k respondents, only the visible ones before.
    expect(seen.graph.density).toBe(scores.graph.density);
    expect(resultsForCaller(scores, observer, { ...organisation(3), respondents: 2 }).graph.density).toBe(1 / 3);
  });
});
