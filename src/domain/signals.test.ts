import { describe, expect, it } from 'vitest';
import { spiral, tooGoodToBeTrue, trend } from './signals.ts';

const series = (...values: (number | null)[]) => values.map((value, i) => ({ roundId: `r${i + 1}`, value }));

describe('trend', () => {
  it('gives the change from the previous round with a value', () => {
    expect(trend(series(60, 55, null, 70)).map((p) => p.change)).toEqual([null, -5, null, 15]);
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
  it('needs three rounds with a value', () => {
    expect(spiral(series(40, 60))).toBeNull();
    expect(spiral(series(40, null, 60))).toBeNull();
    expect(spiral(series(70, null, 64, 60))).toBe('downward');
  });
  it('copes with floating-point sums of normalised scores', () => {
    expect(spiral(series(425 / 9, 425 / 9 - 6.1, 425 / 9 - 10))).toBe('downward');
  });
});

describe('too good to be true', () => {
  const calm = { networkTrust: 88, dispersion: 4, toDiscussAnswers: ['', null, '  '], openDifferences: 0 };
  it('fires on high, uniform trust with nothing to discuss and no open difference', () => {
    expect(tooGoodToBeTrue(calm)).toBe(true);
    expect(tooGoodToBeTrue({ ...calm, networkTrust: 85, dispersion: 5 })).toBe(true);
  });
  it('stays quiet when anything breaks the picture', () => {
    expect(tooGoodToBeTrue({ ...calm, networkTrust: 84.9 })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, dispersion: 5.1 })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, toDiscussAnswers: ['', 'De wachttijden bij de crisisdienst'] })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, openDifferences: 1 })).toBe(false);
    expect(tooGoodToBeTrue({ ...calm, networkTrust: null })).toBe(false);
  });
});
