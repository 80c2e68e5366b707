import { describe, expect, it } from 'vitest';
import { shownScore } from './anonymity.ts';
import {
  agreementGaps,
  aspectContribution,
  aspectScore,
  dispersion,
  dyadContribution,
  dyadScores,
  networkScore,
  normalise,
  populationStdDev,
  receivedScores,
  TRUST_ITEMS,
  VALUE_ITEMS,
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

describe('minimum information (DESIGN §5.2)', () => {
  it('counts a dyad trust or value only on at least two of its three items', () => {
    expect(dyadContribution(rating({ reliability: 4 }), TRUST_ITEMS)).toBeNull(); // 1 of 3
    expect(dyadContribution(rating({ reliability: 4, mission: 2 }), TRUST_ITEMS)).toEqual({ value: 50, items: 2 }); // (75 + 25) / 2
    expect(dyadContribution(rating({ reliability: 5, openness: 4, mission: 3 }), TRUST_ITEMS)).toEqual({ value: 75, items: 3 }); // (100 + 75 + 50) / 3
    expect(dyadContribution(rating({ influence: 1, involvement: 2 }), VALUE_ITEMS)).toEqual({ value: 12.5, items: 2 }); // (0 + 25) / 2
    expect(dyadContribution(rating({ resources: 5 }), VALUE_ITEMS)).toBeNull();
    expect(dyadContribution(rating({}), VALUE_ITEMS)).toBeNull();
  });
  it('counts an aspect on both items, or on one with the other an explicit "don\'t know"', () => {
    expect(aspectContribution([3, 4])).toEqual({ value: 62.5, items: 2 });
    expect(aspectContribution([3, null])).toEqual({ value: 50, items: 1 });
    expect(aspectContribution([null, 5])).toEqual({ value: 100, items: 1 });
    // A missing item is not "don't know": [3] and [3, undefined] do not count.
    expect(aspectContribution([3])).toBeNull();
    expect(aspectContribution([3, undefined])).toBeNull();
    expect(aspectContribution([null, null])).toBeNull();
    expect(aspectContribution([])).toBeNull();
    expect(aspectContribution(undefined)).toBeNull();
  });
  it('leaves a respondent out of an aspect score when only [3] was given, but not on [3, null]', () => {
    const answering = (respondentId: string, answers: (number | null)[]): RoundResponse => ({ respondentId, partnerId: 'A', aspects: { process: answers }, agreements: {}, partners: {} });
    // r1 [3, null] → 50 on one item; r2 [5, 5] → 100 on two; r3 [3] → left out.
    expect(aspectScore([answering('r1', [3, null]), answering('r2', [5, 5]), answering('r3', [3])], 'process')).toEqual({ value: 75, respondents: 2, items: 3 });
    expect(aspectScore([answering('r3', [3])], 'process')).toEqual({ value: null, respondents: 0, items: 0 });
  });
  it('leaves a respondent with one trust item out of the dyad, network trust and dispersion', () => {
    const one: RoundResponse = { respondentId: 'x', partnerId: 'A', aspects: {}, agreements: {}, partners: { B: rating({ reliability: 5 }) } };
    const two: RoundResponse = { respondentId: 'y', partnerId: 'A', aspects: {}, agreements: {}, partners: { B: rating({ reliability: 5, mission: 4 }) } };
    expect(dyadScores([one])[0]!.trust).toEqual({ value: null, respondents: 0, items: 0 });
    expect(dyadScores([one, two])[0]!.trust).toEqual({ value: 87.5, respondents: 1, items: 2 }); // (100 + 75) / 2
    expect(dispersion([one, two])).toEqual({ value: 0, respondents: 1, items: 2 });
    expect(networkScore(dyadScores([one, two]), [one, two], 'trust')).toEqual({ value: 87.5, respondents: 1, items: 2 });
  });
});

describe('dyad scores T, V, L and openness', () => {
  it('averages the respondents of A about B, each over their answered items', () => {
    // a1: trust (100+75+50)/3 = 75 on 3 items, value (75+50)/2 = 62.5 on 2; a2: trust 75, value 100, 3 items each.
    expect(dyad('A', 'B').trust).toEqual({ value: 75, respondents: 2, items: 6 });
    expect(dyad('A', 'B').value).toEqual({ value: 81.25, respondents: 2, items: 5 });
    expect(dyad('A', 'B').openness).toEqual({ value: 75, respondents: 2, items: 2 });
    expect(dyad('A', 'B').level).toEqual({ value: 3.5, respondents: 2, items: 2 });
  });
  it('leaves out "don\'t know" and a trust resting on one item', () => {
    // a1 answered only one trust item about C (reliability 2): too little to count.
    expect(dyad('A', 'C').trust).toEqual({ value: null, respondents: 0, items: 0 });
    expect(dyad('A', 'C').value).toEqual({ value: null, respondents: 0, items: 0 });
    expect(dyad('A', 'C').openness).toEqual({ value: null, respondents: 0, items: 0 });
    expect(dyad('A', 'C').level).toEqual({ value: 1.5, respondents: 2, items: 2 });
  });
  it('ignores a rating of one\'s own partner', () => {
    expect(dyads.find((d) => d.from === 'B' && d.to === 'B')).toBeUndefined();
    expect(dyad('B', 'A').trust.value).toBeCloseTo(125 / 3, 12);
    expect(dyad('B', 'A').trust.items).toBe(3);
  });
});

describe('network, received and aspect scores', () => {
  it('takes network trust as the mean over dyads with a value', () => {
    // (75 + 125/3) / 2 = 175/3, resting on a1, a2 and b1 and their 3 + 3 + 3 trust answers.
    const trust = networkScore(dyads, responses, 'trust');
    expect(trust.value).toBeCloseTo(175 / 3, 12);
    expect(trust).toMatchObject({ respondents: 3, items: 9 });
    // Value: (81.25 + 25) / 2 on a1's 2, a2's 3 and b1's 3 answers; openness: (75 + 25) / 2 on one item each.
    expect(networkScore(dyads, responses, 'value')).toEqual({ value: 53.125, respondents: 3, items: 8 });
    expect(networkScore(dyads, responses, 'openness')).toEqual({ value: 50, respondents: 3, items: 3 });
  });
  it('takes received trust of B as the mean over partners A of T(A→B)', () => {
    expect(receivedScores(dyads, responses, 'B')).toEqual({
      partnerId: 'B',
      receivedTrust: { value: 75, respondents: 2, items: 6 },
      receivedValue: { value: 81.25, respondents: 2, items: 5 },
    });
    expect(receivedScores(dyads, responses, 'C').receivedTrust).toEqual({ value: null, respondents: 0, items: 0 });
  });
  it('averages per respondent first, then over respondents, for an aspect', () => {
    // ambition: a1 (100+75)/2 = 87.5, a2 both "don't know" (left out), b1 25 → 56.25 on 2 respondents, 4 items.
    expect(aspectScore(responses, 'ambition')).toEqual({ value: 56.25, respondents: 2, items: 4 });
    // interests: a1 [3, null] → 50 on 1 item, a2 100 on 2 → 75.
    expect(aspectScore(responses, 'interests')).toEqual({ value: 75, respondents: 2, items: 3 });
    expect(aspectScore(responses, 'process')).toEqual({ value: 50, respondents: 1, items: 2 });
  });
});

describe('dispersion', () => {
  it('is the population standard deviation of the respondents\' mean trust', () => {
    // a1: 75 (C does not count); a2: 75; b1: 125/3. Mean 575/9; deviations 100/9, 100/9, −200/9;
    // variance (10000 + 10000 + 40000) / 81 / 3 = 20000/81.
    const d = dispersion(responses);
    expect(d).toMatchObject({ respondents: 3, items: 9 });
    expect(d.value).toBeCloseTo(Math.sqrt(20000 / 81), 12);
    expect(populationStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(populationStdDev([])).toBeNull();
  });
});

describe('agreement gaps', () => {
  it('subtracts mean adherence from mean importance and flags 25 or more', () => {
    // importance 100, 75, 100 → 275/3; adherence 50, 75, 0 → 125/3; gap 50.
    const [g1] = agreementGaps(responses);
    expect(g1!.importance.value).toBeCloseTo(275 / 3, 12);
    expect(g1!.importance).toMatchObject({ respondents: 3, items: 3 });
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
    expect(shownScore({ value: 75, respondents: 3, items: 9 }, 3)).toEqual({ value: 75, respondents: 3 });
    expect(shownScore({ value: 75, respondents: 2, items: 6 }, 3)).toEqual({ value: null, insufficient: true, respondents: 2 });
    expect(shownScore({ value: 75, respondents: 2, items: 6 }, 2)).toEqual({ value: 75, respondents: 2 });
    expect(shownScore({ value: 75, respondents: 1, items: 3 }, 1)).toEqual({ value: null, insufficient: true, respondents: 1 }); // k is at least 2
  });
});
