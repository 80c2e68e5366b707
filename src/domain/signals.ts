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
  /** The change from the previous round with a value, or null for the first one. */
  change: number | null;
}

export type Spiral = 'upward' | 'downward' | null;

/** The change of each round from the previous round that had a value. */
export function trend(series: SeriesPoint[]): TrendPoint[] {
  let previous: number | null = null;
  return series.map((point) => {
    if (point.value === null) return { ...point, change: null };
    const change = previous === null ? null : point.value - previous;
    previous = point.value;
    return { ...point, change };
  });
}

/**
 * Downward spiral: the last two changes are both negative and together −10 points or less;
 * upward: both positive and together +10 or more. Needs three rounds with a value.
 *
 * @example spiral([{ roundId: 'r1', value: 70 }, { roundId: 'r2', value: 64 }, { roundId: 'r3', value: 60 }]) // 'downward'
 */
export function spiral(series: SeriesPoint[]): Spiral {
  const changes = trend(series)
    .map((p) => p.change)
    .filter((c): c is number => c !== null);
  if (changes.length < 2) return null;
  const last = changes[changes.length - 1]!;
  const before = changes[changes.length - 2]!;
  const total = last + before;
  const eps = 1e-9; // sums of normalised means are not exact in floating point
  if (last < 0 && before < 0 && total <= -SPIRAL_THRESHOLD + eps) return 'downward';
  if (last > 0 && before > 0 && total >= SPIRAL_THRESHOLD - eps) return 'upward';
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
  return input.networkTrust >= TOO_GOOD_TRUST && input.dispersion <= TOO_GOOD_DISPERSION && nobodyWroteAnything && input.openDifferences === 0;
}
