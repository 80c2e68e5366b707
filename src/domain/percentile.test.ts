import { describe, expect, it } from 'vitest';
import { integerPercentileInterval, percentileInterval } from './percentile.ts';

describe('percentile intervals (numpy "linear", Hyndman & Fan type 7)', () => {
  it('interpolates between the order statistics around (m − 1) · p', () => {
    // m = 5: h = 4 · 0.025 = 0.1 → 1 + 0.1 · (2 − 1) = 1.1; h = 4 · 0.975 = 3.9 → 4 + 0.9 · (5 − 4) = 4.9.
    expect(percentileInterval(Float64Array.of(5, 3, 1, 4, 2))).toEqual({ low: expect.closeTo(1.1, 12), high: expect.closeTo(4.9, 12) });
    expect(percentileInterval([7])).toEqual({ low: 7, high: 7 });
    // m = 2: h = 0.025 → 10 + 0.025 · 10; h = 0.975 → 10 + 0.975 · 10.
    expect(percentileInterval([20, 10])).toEqual({ low: expect.closeTo(10.25, 12), high: expect.closeTo(19.75, 12) });
  });

  it('leaves out replicates without a value (NaN), and gives null when none is left', () => {
    expect(percentileInterval(Float64Array.of(NaN, 5, 3, NaN, 1, 4, 2))).toEqual({ low: expect.closeTo(1.1, 12), high: expect.closeTo(4.9, 12) });
    expect(percentileInterval(Float64Array.of(NaN, NaN))).toBeNull();
    expect(percentileInterval([])).toBeNull();
  });

  it('takes the 2.5th and 97.5th percentile of 2,000 replicates from ranks 49/50 and 1,949/1,950', () => {
    // The values 0 … 1999 shuffled: h = 1999 · 0.025 = 49.975 and 1999 · 0.975 = 1949.025.
    const values = Float64Array.from({ length: 2000 }, (_, i) => (i * 7919) % 2000);
    const interval = percentileInterval(values)!;
    expect(interval.low).toBeCloseTo(49.975, 9);
    expect(interval.high).toBeCloseTo(1949.025, 9);
  });

  it('counts whole-number replicates to the same result', () => {
    // Units 0, 1, 1, 2 of 12.5: h = 0.075 → 0.075 units; h = 2.925 → 1.925 units.
    expect(integerPercentileInterval(Float64Array.of(0, 1, 1, 2), 4, 12.5)).toEqual({ low: expect.closeTo(0.9375, 12), high: expect.closeTo(24.0625, 12) });
    let seed = 3;
    const units = Float64Array.from({ length: 2000 }, () => (seed = (seed * 16807) % 2147483647) % 97);
    const scaled = units.map((u) => (u * 25) / 18);
    const counted = integerPercentileInterval(units, 2000, 25 / 18)!;
    const compared = percentileInterval(scaled)!;
    expect(counted.low).toBeCloseTo(compared.low, 9);
    expect(counted.high).toBeCloseTo(compared.high, 9);
    // A range wider than the bins falls back to comparing.
    expect(integerPercentileInterval(units, 2000, 25 / 18, 10)).toEqual(compared);
  });
});
