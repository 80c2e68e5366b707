import { describe, expect, it } from 'vitest';
import { maySeeDyadExactly, shownScore } from './anonymity.ts';
import {
  agreementGaps,
  aspectScore,
  dispersion,
  dyadScores,
  networkScore,
  normalise,
  populationStdDev,
  receivedScores,
  type PartnerRating,
  type RoundResponse,
} from './scores.ts';

const rating = (r: Partial<PartnerRating>): PartnerRating => ({
  level: null, reliability: null, openness: null, mission: null, influence: null, resources: null, involvement: null, ...r,
});

// Three partners A, B, C; two respondents of A, one of B. Expected numbers are worked out by hand
// with normalise: 1→0, 2→25, 3→50, 4→75, 5→100.
const responses: RoundResponse[] = [
  {
    respondentId: 'a1',
    partnerId: 'A',
    aspects: { ambition: [4, 5], interests: [3, null], relationship: [4, 4], organisation: [2, 3], process: [3, 3] },
    agreements: { g1: { importance: 5, adherence: 3 } },
    partners: {
      B: rating({ level: 3, reliability: 5, openness: 4, mission: 3, influence: 4, resources: 3, involvement: null }),
      C: rating({ level: 1, reliability: 2 }),
    },
  },
  {
    respondentId: 'a2',
    partnerId: 'A',
    aspects: { ambition: [null, null], interests: [5, 5] },
    agreements: { g1: { importance: 4, adherence: 4 } },
    partners: {
      B: rating({ level: 4, reliability: 4, openness: 4, mission: 4, influence: 5, resources: 5, involvement: 5 }),
      C: rating({ level: 2 }),
    },
  },
  {
    respondentId: 'b1',
    partnerId: 'B',
    aspects: { ambition: [2, 2] },
    agreements: { g1: { importance: 5, adherence: 1 } },
    partners: {
      A: rating({ level: 3, reliability: 3, openness: 2, mission: 3, influence: 2, resources: 2, involvement: 2 }),
      B: rating({ level: 5, reliability: 5, openness: 5, mission: 5 }), // own partner: ignored
    },
  },
];

const dyads = dyadScores(responses);
const dyad = (from: string, to: string) => dyads.find((d) => d.from === from && d.to === to)!;

describe('normalise', () => {
  it('maps 1–5 onto 0–100', () => {
    expect([1, 2, 3, 4, 5].map(normalise)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('dyad scores T, V, L and openness', () => {
  it('averages the respondents of A about B, each over their answered items', () => {
    // a1: trust (100+75+50)/3 = 75, value (75+50)/2 = 62.5; a2: trust 75, value 100.
    expect(dyad('A', 'B').trust).toEqual({ value: 75, respondents: 2 });
    expect(dyad('A', 'B').value).toEqual({ value: 81.25, respondents: 2 });
    expect(dyad('A', 'B').openness).toEqual({ value: 75, respondents: 2 });
    expect(dyad('A', 'B').level).toEqual({ value: 3.5, respondents: 2 });
  });
  it('leaves "don\'t know" out, also a respondent who knew nothing about the partner', () => {
    // Only a1 answered one trust item about C (2 → 25); nobody answered a value item.
    expect(dyad('A', 'C').trust).toEqual({ value: 25, respondents: 1 });
    expect(dyad('A', 'C').value).toEqual({ value: null, respondents: 0 });
    expect(dyad('A', 'C').openness).toEqual({ value: null, respondents: 0 });
    expect(dyad('A', 'C').level).toEqual({ value: 1.5, respondents: 2 });
  });
  it('ignores a rating of one\'s own partner', () => {
    expect(dyads.find((d) => d.from === 'B' && d.to === 'B')).toBeUndefined();
    expect(dyad('B', 'A').trust.value).toBeCloseTo(125 / 3, 12);
  });
});

describe('network, received and aspect scores', () => {
  it('takes network trust as the mean over dyads with a value', () => {
    // (75 + 25 + 125/3) / 3 = 425/9, resting on a1, a2 and b1.
    const trust = networkScore(dyads, responses, 'trust');
    expect(trust.value).toBeCloseTo(425 / 9, 12);
    expect(trust.respondents).toBe(3);
    expect(networkScore(dyads, responses, 'value')).toEqual({ value: 53.125, respondents: 3 });
    expect(networkScore(dyads, responses, 'openness')).toEqual({ value: 50, respondents: 3 });
  });
  it('takes received trust of B as the mean over partners A of T(A→B)', () => {
    expect(receivedScores(dyads, responses, 'B')).toEqual({
      partnerId: 'B',
      receivedTrust: { value: 75, respondents: 2 },
      receivedValue: { value: 81.25, respondents: 2 },
    });
    expect(receivedScores(dyads, responses, 'C').receivedValue).toEqual({ value: null, respondents: 0 });
  });
  it('averages per respondent first, then over respondents, for an aspect', () => {
    // ambition: a1 (100+75)/2 = 87.5, a2 all "don't know" (left out), b1 25 → 56.25 on 2.
    expect(aspectScore(responses, 'ambition')).toEqual({ value: 56.25, respondents: 2 });
    // interests: a1 50 (null left out), a2 100 → 75.
    expect(aspectScore(responses, 'interests')).toEqual({ value: 75, respondents: 2 });
    expect(aspectScore(responses, 'process')).toEqual({ value: 50, respondents: 1 });
  });
});

describe('dispersion', () => {
  it('is the population standard deviation of the respondents\' mean trust', () => {
    // a1: (75 + 25)/2 = 50; a2: 75; b1: 125/3. Mean 500/9; variance 16250/81.
    const d = dispersion(responses);
    expect(d.respondents).toBe(3);
    expect(d.value).toBeCloseTo(Math.sqrt(16250 / 81), 12);
    expect(populationStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(populationStdDev([])).toBeNull();
  });
});

describe('agreement gaps', () => {
  it('subtracts mean adherence from mean importance and flags 25 or more', () => {
    // importance 100, 75, 100 → 275/3; adherence 50, 75, 0 → 125/3; gap 50.
    const [g1] = agreementGaps(responses);
    expect(g1!.importance.value).toBeCloseTo(275 / 3, 12);
    expect(g1!.adherence.value).toBeCloseTo(125 / 3, 12);
    expect(g1!.gap).toBeCloseTo(50, 12);
    expect(g1!.flagged).toBe(true);
  });
  it('flags a gap of exactly 25 and not one just below', () => {
    const gapOf = (imp: number[], adh: number[]) =>
      agreementGaps(imp.map((importance, i) => ({ respondentId: `r${i}`, partnerId: 'A', aspects: {}, partners: {}, agreements: { g: { importance, adherence: adh[i]! } } })))[0]!;
    expect(gapOf([4, 4], [3, 3])).toMatchObject({ gap: 25, flagged: true });
    expect(gapOf([4, 4, 4], [3, 3, 4]).flagged).toBe(false); // 75 − 58.33 = 16.67
  });
  it('flags a gap that is 25 in exact arithmetic and 24.999999999999996 in doubles', () => {
    // Importance (0 + 25 + 100) / 3 = 125/3, adherence (0 + 0 + 50) / 3 = 50/3.
    const [gap] = agreementGaps([1, 2, 5].map((importance, i) => ({ respondentId: `r${i}`, partnerId: 'A', aspects: {}, partners: {}, agreements: { g: { importance, adherence: [1, 1, 3][i]! } } })));
    expect(gap!.gap).toBe(24.999999999999996);
    expect(gap!.flagged).toBe(true);
  });
});

describe('anonymity (k)', () => {
  it('shows a number from k respondents and only the count below k', () => {
    expect(shownScore({ value: 75, respondents: 3 }, 3)).toEqual({ value: 75, respondents: 3 });
    expect(shownScore({ value: 75, respondents: 2 }, 3)).toEqual({ value: null, insufficient: true, respondents: 2 });
    expect(shownScore({ value: 75, respondents: 2 }, 2)).toEqual({ value: 75, respondents: 2 });
    expect(shownScore({ value: 75, respondents: 1 }, 1)).toEqual({ value: null, insufficient: true, respondents: 1 }); // k is at least 2
  });
  it('lets the coordinator and the two partners see a dyad exactly', () => {
    const d = { from: 'A', to: 'B' };
    expect(maySeeDyadExactly({ role: 'coordinator', partnerId: null }, d)).toBe(true);
    expect(maySeeDyadExactly({ role: 'representative', partnerId: 'A' }, d)).toBe(true);
    expect(maySeeDyadExactly({ role: 'member', partnerId: 'B' }, d)).toBe(true);
    expect(maySeeDyadExactly({ role: 'representative', partnerId: 'C' }, d)).toBe(false);
    expect(maySeeDyadExactly({ role: 'observer', partnerId: null }, d)).toBe(false);
  });
});
