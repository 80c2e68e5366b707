import { describe, expect, it } from 'vitest';
import { cronbachAlpha, roundReliability, spearmanBrown } from './reliability.ts';
import type { PartnerRating, RoundResponse } from './scores.ts';

// Ten respondent–partner pairs of three trust items (reliability, openness, mission).
const TRUST_ROWS = [
  [1, 1, 2], [2, 2, 2], [3, 3, 3], [4, 4, 5], [5, 5, 5],
  [1, 2, 1], [2, 3, 2], [3, 2, 3], [4, 5, 4], [5, 4, 5],
];

describe("Cronbach's α", () => {
  it('is k / (k − 1) · (1 − Σ item variances / variance of the totals), by hand', () => {
    // Item 1: 1 2 3 4 5 1 2 3 4 5, mean 3, squares 20 → variance 20/9 = 200/90.
    // Item 2: 1 2 3 4 5 2 3 2 5 4, mean 3.1, squares 16.9 → 169/90.
    // Item 3: 2 2 3 5 5 1 2 3 4 5, mean 3.2, squares 19.6 → 98/45 = 196/90.
    // Totals: 4 6 9 13 15 4 7 8 13 14, mean 9.3, squares 156.1 → 1561/90.
    // α = 3/2 · (1 − 565/1561) = 3/2 · 996/1561 = 1494/1561.
    expect(cronbachAlpha(TRUST_ROWS)).toBeCloseTo(1494 / 1561, 12);
  });
  it('does not depend on normalising the answers to 0–100', () => {
    expect(cronbachAlpha(TRUST_ROWS.map((row) => row.map((s) => ((s - 1) / 4) * 100)))).toBeCloseTo(1494 / 1561, 12);
  });
  it('is not defined when the totals do not vary, or on one row', () => {
    expect(cronbachAlpha([[3, 3, 3], [3, 3, 3]])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
  });
});

describe('Spearman–Brown', () => {
  it('is 2r / (1 + r) with r the Pearson correlation of the two items, by hand', () => {
    // x 1 2 3 4 5 1 2 3 4 5 (mean 3), y 2 2 3 5 4 1 3 3 4 5 (mean 3.2):
    // Sxy = 16, Sxx = 20, Syy = 15.6 → r = 16 / √312, r² = 32/39.
    const x = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
    const y = [2, 2, 3, 5, 4, 1, 3, 3, 4, 5];
    const r = 16 / Math.sqrt(312);
    expect(spearmanBrown(x.map((v, i) => [v, y[i]!]))).toBeCloseTo((2 * r) / (1 + r), 12);
  });
  it('is not defined when an item does not vary or r = −1', () => {
    expect(spearmanBrown([[3, 1], [3, 2], [3, 5]])).toBeNull();
    expect(spearmanBrown([[1, 3], [2, 2], [3, 1]])).toBeNull();
  });
});

describe('the reliability of a round', () => {
  const rating = (trust: number[], value: (number | null)[]): PartnerRating => ({
    level: 2, reliability: trust[0]!, openness: trust[1]!, mission: trust[2]!, influence: value[0]!, resources: value[1]!, involvement: value[2]!,
  });
  const x = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
  const y = [2, 2, 3, 5, 4, 1, 3, 3, 4, 5];
  // Ten respondents of partner A rate B; value has a "don't know" in one pair; one respondent more
  // answers process with a "don't know" and rates their own partner (both left out).
  const responses: RoundResponse[] = TRUST_ROWS.map((row, i) => ({
    respondentId: `r${i}`,
    partnerId: 'A',
    aspects: { process: [x[i]!, y[i]!], ambition: [3, 3] },
    agreements: {},
    partners: { B: rating(row, i === 0 ? [null, 2, 2] : row) },
  }));
  responses.push({ respondentId: 'extra', partnerId: 'A', aspects: { process: [4, null] }, agreements: {}, partners: { A: rating([5, 5, 5], [5, 5, 5]) } });

  it('gives α over complete pairs, Spearman–Brown over respondents with both items, and "too few" below ten', () => {
    const result = roundReliability(responses, ['A', 'B']);
    expect(result.trust).toEqual({ coefficient: expect.closeTo(1494 / 1561, 12), complete: 10, reason: null });
    expect(result.value).toEqual({ coefficient: null, complete: 9, reason: 'too_few_answers' });
    const r = 16 / Math.sqrt(312);
    expect(result.aspects.process).toEqual({ coefficient: expect.closeTo((2 * r) / (1 + r), 12), complete: 10, reason: null });
    expect(result.aspects.ambition).toEqual({ coefficient: null, complete: 10, reason: 'not_defined' });
    expect(result.aspects.relationship).toEqual({ coefficient: null, complete: 0, reason: 'too_few_answers' });
  });
  it('leaves out ratings of partners outside the round', () => {
    expect(roundReliability(responses, ['A']).trust.complete).toBe(0);
  });
});
