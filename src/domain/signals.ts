import { atMost, reaches } from './threshold.ts';

/**
 * Trends, spirals and the "too good to be true" signal (DESIGN §5.7), as pure functions over the
 * scores of closed rounds in the order they closed.
 */

export const SPIRAL_THRESHOLD = 10;

/** One point of a series: a closed round's score, or null when it had none (or too few respondents). */
export interface SeriesPoint {
  roundId: string;
  value: number | null;
}

export interface TrendPoint extends SeriesPoint {
  /**
   * The change from the round just before, when both have a value; null for the first round, for
   * a round without a value and for the round after one: a round without a value breaks the chain.
   */
  change: number | null;
}

export type Spiral = 'upward' | 'downward' | null;

/**
 * The change of each round from the round just before it (DESIGN §5.7). A round whose score has no
 * value (insufficient, or a low-response round left out) breaks the chain: the next round with a
 * value starts it again, without a change.
 *
 * @example trend([{ roundId: 'r1', value: 60 }, { roundId: 'r2', value: null }, { roundId: 'r3', value: 70 }]).map((p) => p.change) // [null, null, null]
 */
export function trend(series: SeriesPoint[]): TrendPoint[] {
  return series.map((point, i) => {
    const previous = i > 0 ? series[i - 1]!.value : null;
    return { ...point, change: point.value === null || previous === null ? null : point.value - previous };
  });
}

/**
 * Downward spiral: the last two changes are both negative and together −10 points or less;
 * upward: both positive and together +10 or more. Needs the last three closed rounds to be three
 * consecutive rounds with a value: a round without one breaks the chain.
 *
 * @example spiral([{ roundId: 'r1', value: 70 }, { roundId: 'r2', value: 64 }, { roundId: 'r3', value: 60 }]) // 'downward'
 * @example spiral([{ roundId: 'r1', value: 70 }, { roundId: 'r2', value: null }, { roundId: 'r3', value: 64 }, { roundId: 'r4', value: 60 }]) // null
 */
export function spiral(series: SeriesPoint[]): Spiral {
  if (series.length < 3) return null;
  const [first, middle, last] = series.slice(-3).map((point) => point.value) as [number | null, number | null, number | null];
  if (first === null || middle === null || last === null) return null;
  const before = middle - first;
  const after = last - middle;
  const total = before + after;
  if (before < 0 && after < 0 && atMost(total, -SPIRAL_THRESHOLD)) return 'downward';
  if (before > 0 && after > 0 && reaches(total, SPIRAL_THRESHOLD)) return 'upward';
  return null;
}

export const TOO_GOOD_TRUST = 85;
export const TOO_GOOD_DISPERSION = 5;

export interface TooGoodInput {
  networkTrust: number | null;
  dispersion: number | null;
  /** What respondents wrote under "what should be discussed" in the last closed round. */
  toDiscussAnswers: (string | null | undefined)[];
  openDifferences: number;
}

/**
 * "Too good to be true" (the emperor's new clothes): very high and uniform trust, nothing anyone
 * wants to discuss, and no open difference. Polite consensus, not necessarily real trust.
 */
export function tooGoodToBeTrue(input: TooGoodInput): boolean {
  if (input.networkTrust === null || input.dispersion === null) return false;
  const nobodyWroteAnything = input.toDiscussAnswers.every((a) => !a || a.trim() === '');
  return reaches(input.networkTrust, TOO_GOOD_TRUST) && atMost(input.dispersion, TOO_GOOD_DISPERSION) && nobodyWroteAnything && input.openDifferences === 0;
}
