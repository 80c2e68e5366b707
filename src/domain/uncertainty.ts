import { ASYMMETRY_THRESHOLD } from './graph.ts';
import type { Interval } from './scores.ts';
import { SPIRAL_THRESHOLD, TOO_GOOD_DISPERSION, TOO_GOOD_TRUST, type Spiral } from './signals.ts';

/**
 * When a signal is *uncertain* (DESIGN §5.9): the 95 % interval of the quantity it tests contains
 * its threshold, so the data cannot tell on which side of the threshold the truth lies. A signal
 * whose quantity has no interval (fewer than two respondents behind it) is uncertain too: one
 * person's answers are no evidence either way.
 */

/** The tolerance of §5.2's thresholds: a bound that is the threshold in exact arithmetic reaches it. */
export const UNCERTAINTY_TOLERANCE = 1e-9;

/**
 * Whether the interval contains any of the thresholds (bounds included, within 1e-9); true when
 * there is no interval.
 *
 * @example isUncertain({ low: 18.5, high: 31.2 }, 25) // true
 * @example isUncertain({ low: 26, high: 40 }, [-25, 25]) // false
 * @example isUncertain(null, 25) // true
 */
export function isUncertain(interval: Interval | null | undefined, thresholds: number | readonly number[]): boolean {
  if (!interval) return true;
  const list = typeof thresholds === 'number' ? [thresholds] : thresholds;
  return list.some((t) => interval.low <= t + UNCERTAINTY_TOLERANCE && interval.high >= t - UNCERTAINTY_TOLERANCE);
}

/**
 * An asymmetry flag (`|T(A→B) − T(B→A)| ≥ 25`) is uncertain when the interval of the difference
 * contains +25 or −25.
 *
 * @example asymmetryUncertain({ low: 12.5, high: 45.8 }) // true
 */
export function asymmetryUncertain(differenceInterval: Interval | null | undefined): boolean {
  return isUncertain(differenceInterval, [-ASYMMETRY_THRESHOLD, ASYMMETRY_THRESHOLD]);
}

/**
 * A spiral is uncertain when the interval of its total change (last − first of its three rounds,
 * `changeInterval` in bootstrap.ts) contains its threshold: −10 for a downward spiral, +10 for an
 * upward one. No spiral: not uncertain (there is nothing to mark).
 *
 * @example spiralUncertain('downward', { low: -16, high: -4 }) // true
 */
export function spiralUncertain(spiral: Spiral, changeInterval: Interval | null | undefined): boolean {
  if (spiral === null) return false;
  return isUncertain(changeInterval, spiral === 'downward' ? -SPIRAL_THRESHOLD : SPIRAL_THRESHOLD);
}

/**
 * "Too good to be true" (network trust ≥ 85 and dispersion ≤ 5) is uncertain when the interval of
 * network trust contains 85 or that of the dispersion contains 5.
 *
 * @example tooGoodUncertain({ low: 86, high: 93 }, { low: 2.1, high: 4.4 }) // false
 */
export function tooGoodUncertain(trustInterval: Interval | null | undefined, dispersionInterval: Interval | null | undefined): boolean {
  return isUncertain(trustInterval, TOO_GOOD_TRUST) || isUncertain(dispersionInterval, TOO_GOOD_DISPERSION);
}

/**
 * An interval as it is reported (API, pages, prints): its ends rounded outward to whole points.
 * The exact ends are means of resamples that can consist of one or two respondents, so their
 * decimals could tell an individual's answers (DESIGN §5.3); whole points are also all the
 * precision the measurement has (§5.9). Uncertainty is judged on the exact interval.
 *
 * @example reportedInterval({ low: 41.666, high: 75.2 }) // { low: 41, high: 76 }
 */
export function reportedInterval(interval: Interval | null | undefined): Interval | null {
  if (!interval) return null;
  return { low: Math.floor(interval.low + 1e-9), high: Math.ceil(interval.high - 1e-9) };
}
