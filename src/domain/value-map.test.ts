import { describe, expect, it } from 'vitest';
import { claimedLevel, DEFAULT_VALUE_DIMENSIONS, valueGap, VALUE_GAP_FLAG } from './value-map.ts';

describe('claimed level', () => {
  it('scales the mean claim so that 3 is 100', () => {
    expect(claimedLevel([3, 3])).toBe(100);
    expect(claimedLevel([0, 0, 0])).toBe(0);
    // (3 + 2 + 1) / 3 = 2 → 2 / 3 × 100
    expect(claimedLevel([3, 2, 1])).toBeCloseTo(66.6666666667, 9);
    // (1 + 2) / 2 = 1.5 → 50
    expect(claimedLevel([1, 2])).toBe(50);
  });
  it('is unknown when nothing was claimed', () => {
    expect(claimedLevel([])).toBeNull();
  });
});

describe('value gap', () => {
  it('is claimed minus perceived, flagged from the threshold on in either direction', () => {
    expect(VALUE_GAP_FLAG).toBe(30);
    expect(valueGap(80, 45)).toEqual({ gap: 35, flagged: true });
    expect(valueGap(80, 50)).toEqual({ gap: 30, flagged: true });
    expect(valueGap(80, 50.5)).toEqual({ gap: 29.5, flagged: false });
    // A hair below 30, as floating point can leave a gap that is 30 in exact arithmetic: flagged (DESIGN §5.2).
    expect(valueGap(80, 50 + 1e-12).flagged).toBe(true);
    expect(valueGap(80, 50 + 2e-9).flagged).toBe(false);
    expect(valueGap(20, 62.5)).toEqual({ gap: -42.5, flagged: true });
    expect(valueGap(50, 50)).toEqual({ gap: 0, flagged: false });
  });
  it('has no gap unless both sides are known', () => {
    expect(valueGap(null, 40)).toEqual({ gap: null, flagged: false });
    expect(valueGap(100, null)).toEqual({ gap: null, flagged: false });
  });
});

describe('default dimensions', () => {
  it('are the seven of the issue, with distinct names', () => {
    expect(DEFAULT_VALUE_DIMENSIONS).toHaveLength(7);
    expect(new Set(DEFAULT_VALUE_DIMENSIONS.map((d) => d.toLowerCase())).size).toBe(7);
  });
});
