import { describe, expect, it } from 'vitest';
import { mean, populationStdDev } from './scores.ts';
import { spiral, tooGoodToBeTrue, trend } from './signals.ts';

const series = (...values: (number | null)[]) => values.map((value, i) => ({ roundId: `r${i + 1}`, value }));

describe('trend', () => {
  it('gives the change from the round just before', () => {
    expect(trend(series(60, 55, 70)).map((p) => p.change)).toEqual([null, -5, 15]);
  });
  it('breaks the chain at a round without a value: no change across it', () => {
    expect(trend(series(60, 55, null, 70, 72)).map((p) => p.change)).toEqual([null, -5, null, null, 2]);
  });
});

describe('spiral', () => {
  it('is downward when the last two changes are negative and sum to −10 or less', () => {
    expect(spiral(series(70, 64, 60))).toBe('downward'); // −6, −4 = −10 exactly
    expect(spiral(series(80, 70, 65, 50))).toBe('downward');
  });
  it('is not downward at −9.99 or when one change is not negative', () => {
    expect(spiral(series(70, 64, 60.01))).toBeNull();
    expect(spiral(series(70, 58, 58))).toBeNull(); // −12 then 0
    expect(spiral(series(70, 50, 51))).toBeNull();
  });
  it('is upward when both are positive and sum to +10 or more', () => {
    expect(spiral(series(50, 55, 60))).toBe('upward'); // +5, +5
    expect(spiral(series(50, 55, 59.99))).toBeNull();
  });
  it('needs three consecutive closed rounds with a value', () => {
    expect(spiral(series(40, 60))).toBeNull();
    expect(spiral(series(40, null, 60))).toBeNull();
    // −6 and −4 around a round without a value are not a chain.
    expect(spiral(series(70, null, 64, 60))).toBeNull();
    expect(spiral(series(80, 70, null, 64, 60))).toBeNull();
    expect(spiral(series(null, 70, 64, 60))).toBe('downward');
    // A spiral that ended in a round without a value is no longer the current state.
    expect(spiral(series(70, 64, 60, null))).toBeNull();
  });
  it('copes with floating-point sums of normalised scores', () => {
    expect(spiral(series(425 / 9, 425 / 9 - 6.1, 425 / 9 - 10))).toBe('downward');
  });
  it('reaches ±10 when the changes sum to it in exact arithmetic, within 1e-9 and not beyond', () => {
    // 175/9 → 100/9 → 85/9 falls by exactly 10; in doubles the two changes sum to −9.999999999999998.
    expect(100 / 9 - 175 / 9 + (85 / 9 - 100 / 9)).toBeGreaterThan(-10);
    expect(spiral(series(175 / 9, 100 / 9, 85 / 9))).toBe('downward');
    // 25/3 → 100/9 → 55/3 rises by exactly 10; in doubles +9.999999999999998.
    expect(100 / 9 - 25 / 3 + (55 / 3 - 100 / 9)).toBeLessThan(10);
    expect(spiral(series(25 / 3, 100 / 9, 55 / 3))).toBe('upward');
    expect(spiral(series(50, 45, 40 + 2e-9))).toBeNull();
    expect(spiral(series(40, 45, 50 - 2e-9))).toBeNull();
  });
});

describe('too good to be true', () => {
  const calm = { networkTrust: 88, dispersion: 4, toDiscussAnswers: ['', null, '  '], openDifferences: 0 };
  it('fires on high, uniform trust with nothing to discuss and no open difference', () => {
    expect(tooGoodToBeTrue(calm)).toBe(true);
    expect(tooGoodToBeTrue({ ...calm, networkTrust: 85, dispersion: 5 })).toBe(true);
  });
  it('fires at a dispersion of exactly 5 that floating point computes as 5.000000000000001', () => {
    // Five respondents' mean trust; in exact arithmetic their mean is 87 11/12 and their variance 25.
    const means = [250 / 3, 250 / 3, 1025 / 12, 275 / 3, 575 / 6];
    const spread = populationStdDev(means)!;
    expect(spread).toBe(5.000000000000001);
    expect(tooGoodToBeTrue({ ...calm, networkTrust: mean(means)!, dispersion: spread })).toBe(true);
    expect(tooGoodToBeTrue({ ...calm, dispersion: 5 + 2e-9 })).toBe(false);
  });
  it('fires at a network trust a hair below 85', () => {
    expect(tooGoodToBeTrue({ ...calm, networkTrust: 85 - 1e-12 })).toBe(true);
    expect(tooGoodToBeTrue({ ...calm, networkTrust: 85 - 2e-9 })).toBe(false);
  });
  it('stays quiet when anything breaks the picture', () => {
    expect(tooGoodToBeTrue({ ...calm, networkTrust: 84.9 })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, dispersion: 5.1 })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, toDiscussAnswers: ['', 'De wachttijden bij de crisisdienst'] })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, openDifferences: 1 })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, networkTrust: null })).toBe(false);
  });
});
