import { describe, expect, it } from 'vitest';
import { atMost, reaches, THRESHOLD_TOLERANCE } from './threshold.ts';

describe('threshold comparisons (DESIGN §5.2)', () => {
  it('has a tolerance of 1e-9', () => {
    expect(THRESHOLD_TOLERANCE).toBe(1e-9);
  });

  it('reaches a threshold at it, above it and within 1e-9 below it', () => {
    expect(reaches(25, 25)).toBe(true);
    expect(reaches(25.5, 25)).toBe(true);
    expect(reaches(11 / 3 - 5 / 3, 2)).toBe(true); // 1.9999999999999998
    expect(reaches(-10 + 1e-9, -10)).toBe(true);
    expect(reaches(2 - 1.01e-9, 2)).toBe(false);
    expect(reaches(24.99, 25)).toBe(false);
  });

  it('is at most a threshold at it, below it and within 1e-9 above it', () => {
    expect(atMost(5, 5)).toBe(true);
    expect(atMost(4.5, 5)).toBe(true);
    expect(atMost(5.000000000000001, 5)).toBe(true);
    expect(atMost(-10 + 1e-12, -10)).toBe(true);
    expect(atMost(5 + 1.01e-9, 5)).toBe(false);
    expect(atMost(5.01, 5)).toBe(false);
  });
});
