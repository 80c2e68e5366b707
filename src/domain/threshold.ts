/**
 * Comparisons with the thresholds of DESIGN §5 (25, 2, 85, 5, ±10, 70, and the levels 1 and 2 of
 * the graph). Scores are means of normalised answers, and floating point can land a hair beside a
 * value that is the threshold in exact arithmetic (11/3 − 5/3 is 1.9999999999999998, a dispersion
 * of exactly 5 can come out as 5.000000000000001); §5.2 says such a value reaches the threshold.
 * Every such comparison in the domain and the features goes through these two functions.
 */

/** How far beside a threshold a value may lie and still count as reaching it (DESIGN §5.2). */
export const THRESHOLD_TOLERANCE = 1e-9;

/**
 * `value ≥ threshold`, a value within 1e-9 below the threshold counting as reaching it.
 *
 * @example reaches(1.9999999999999998, 2) // true
 * @example reaches(1.99, 2) // false
 */
export function reaches(value: number, threshold: number): boolean {
  return value >= threshold - THRESHOLD_TOLERANCE;
}

/**
 * `value ≤ threshold`, a value within 1e-9 above the threshold counting as reaching it.
 *
 * @example atMost(5.000000000000001, 5) // true
 * @example atMost(5.01, 5) // false
 */
export function atMost(value: number, threshold: number): boolean {
  return value <= threshold + THRESHOLD_TOLERANCE;
}
