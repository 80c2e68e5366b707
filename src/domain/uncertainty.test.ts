import { describe, expect, it } from 'vitest';
import { asymmetryUncertain, isUncertain, reportedInterval, spiralUncertain, tooGoodUncertain } from './uncertainty.ts';

describe('uncertain signals (DESIGN §5.9)', () => {
  it('is uncertain when the interval contains the threshold, bounds included within 1e-9', () => {
    expect(isUncertain({ low: 18.5, high: 31.2 }, 25)).toBe(true);
    expect(isUncertain({ low: 25, high: 31.2 }, 25)).toBe(true);
    expect(isUncertain({ low: 25.000000000000004, high: 31.2 }, 25)).toBe(true); // 25 in exact arithmetic
    expect(isUncertain({ low: 25.001, high: 31.2 }, 25)).toBe(false);
    expect(isUncertain({ low: 10, high: 24.999999999999996 }, 25)).toBe(true);
    expect(isUncertain({ low: 10, high: 24.99 }, 25)).toBe(false);
  });

  it('is uncertain without an interval (fewer than two respondents)', () => {
    expect(isUncertain(null, 25)).toBe(true);
    expect(isUncertain(undefined, 25)).toBe(true);
  });

  it('tests an asymmetry against +25 and −25', () => {
    expect(asymmetryUncertain({ low: 26, high: 40 })).toBe(false);
    expect(asymmetryUncertain({ low: -40, high: -26 })).toBe(false);
    expect(asymmetryUncertain({ low: 12.5, high: 45.8 })).toBe(true);
    expect(asymmetryUncertain({ low: -30, high: -20 })).toBe(true);
    expect(asymmetryUncertain(null)).toBe(true);
  });

  it('tests a spiral\'s total change against −10 (downward) or +10 (upward)', () => {
    expect(spiralUncertain('downward', { low: -16, high: -4 })).toBe(true);
    expect(spiralUncertain('downward', { low: -25, high: -10.5 })).toBe(false);
    expect(spiralUncertain('upward', { low: 10.5, high: 25 })).toBe(false);
    expect(spiralUncertain('upward', { low: -1, high: 12 })).toBe(true);
    expect(spiralUncertain(null, null)).toBe(false);
  });

  it('tests "too good to be true" on network trust (85) and dispersion (5)', () => {
    expect(tooGoodUncertain({ low: 86, high: 93 }, { low: 2.1, high: 4.4 })).toBe(false);
    expect(tooGoodUncertain({ low: 80, high: 93 }, { low: 2.1, high: 4.4 })).toBe(true);
    expect(tooGoodUncertain({ low: 86, high: 93 }, { low: 2.1, high: 6 })).toBe(true);
    expect(tooGoodUncertain({ low: 86, high: 93 }, null)).toBe(true);
  });
});

describe('reportedInterval', () => {
  it('rounds the ends outward to whole points, keeping whole ends as they are', () => {
    expect(reportedInterval({ low: 41.666666666666664, high: 75.2 })).toEqual({ low: 41, high: 76 });
    expect(reportedInterval({ low: 50, high: 75 })).toEqual({ low: 50, high: 75 });
    expect(reportedInterval({ low: 49.999999999999, high: 75.0000000000001 })).toEqual({ low: 50, high: 75 });
    expect(reportedInterval(null)).toBeNull();
  });
});
