import type { Interval } from './scores.ts';

/**
 * Percentiles of bootstrap replicates (DESIGN §5.9), without sorting all of them: an interval
 * needs only the few order statistics around the 2.5th and 97.5th percentiles.
 *
 * The definition is the "linear" one of numpy's `percentile` and R's type 7 (Hyndman & Fan, 1996):
 * for m sorted values x₀ ≤ … ≤ x_{m−1} and a fraction p, let h = (m − 1)·p and j = ⌊h⌋; the
 * percentile is x_j + (h − j)·(x_{j+1} − x_j) (just x_j when j = m − 1).
 */

/** The lower and upper fraction of a 95 % interval: the 2.5th and 97.5th percentiles. */
export const LOWER_FRACTION = 0.025;
export const UPPER_FRACTION = 0.975;

const interpolate = (below: number, above: number, h: number, j: number) => below + (h - j) * (above - below);

/**
 * The 2.5th and 97.5th percentiles of `values[0 … length)`, leaving out NaN (a replicate in which
 * the score had no value); null when no value is left. `values` is not changed.
 *
 * @example percentileInterval(Float64Array.of(1, 2, 3, 4, 5)) // { low: 1.1, high: 4.9 }
 */
export function percentileInterval(values: ArrayLike<number>, length = values.length): Interval | null {
  let m = 0;
  for (let i = 0; i < length; i++) if (values[i] === values[i]) m++;
  if (m === 0) return null;
  const hLow = (m - 1) * LOWER_FRACTION;
  const jLow = Math.floor(hLow);
  const hHigh = (m - 1) * UPPER_FRACTION;
  const jHigh = Math.floor(hHigh);
  // The jLow + 2 smallest values, ascending, and the m − jHigh largest, descending.
  const smallest = extremes(values, length, Math.min(m, jLow + 2), 1);
  const largest = extremes(values, length, m - jHigh, -1);
  const low = interpolate(smallest[jLow]!, smallest[Math.min(jLow + 1, m - 1)] ?? smallest[jLow]!, hLow, jLow);
  // Rank r from below is rank m − 1 − r from above.
  const at = (rank: number) => largest[m - 1 - rank]!;
  const high = jHigh + 1 <= m - 1 ? interpolate(at(jHigh), at(jHigh + 1), hHigh, jHigh) : at(jHigh);
  return { low, high };
}

/**
 * The `count` smallest (direction 1) or largest (direction −1) values that are not NaN, ordered
 * from the extreme inwards, by insertion into a short sorted buffer: about one comparison per value
 * when `count` is small next to `length`, as it is for the tails of 2,000 replicates.
 */
function extremes(values: ArrayLike<number>, length: number, count: number, direction: 1 | -1): Float64Array {
  const kept = new Float64Array(count);
  let size = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i]!;
    if (x !== x) continue;
    const key = direction * x;
    if (size === count) {
      if (!(key < direction * kept[count - 1]!)) continue;
      size--;
    }
    let j = size++;
    while (j > 0 && direction * kept[j - 1]! > key) {
      kept[j] = kept[j - 1]!;
      j--;
    }
    kept[j] = x;
  }
  return kept;
}

/**
 * The same percentiles for replicates that are whole numbers times `scale` (the replicate sums of a
 * dyad on the answer lattice): counted in bins instead of compared, exact and linear in the number
 * of replicates. Falls back to `percentileInterval` when the range is wider than `maxBins`.
 *
 * @example integerPercentileInterval(Float64Array.of(0, 1, 1, 2), 4, 12.5) // { low: 0.9375, high: 24.0625 }
 */
export function integerPercentileInterval(units: Float64Array, length: number, scale: number, maxBins = 1 << 16): Interval | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < length; i++) {
    const u = units[i]!;
    if (u < min) min = u;
    if (u > max) max = u;
  }
  // Counting needs the four ranks in order (jLow + 1 ≤ jHigh), which holds from 3 replicates on.
  if (length < 3 || max - min + 1 > maxBins) {
    const scaled = new Float64Array(length);
    for (let i = 0; i < length; i++) scaled[i] = units[i]! * scale;
    return percentileInterval(scaled, length);
  }
  const bins = new Float64Array(max - min + 1);
  for (let i = 0; i < length; i++) bins[(units[i]! - min) | 0]!++;
  return countedPercentileInterval(bins, length, scale, min);
}

/**
 * The percentiles of `length` replicates given as counts: `bins[u]` replicates have the value
 * `(offset + u) · scale`. Needs at least 3 replicates (then the ranks jLow + 1 ≤ jHigh are in order).
 *
 * @example countedPercentileInterval(Float64Array.of(1, 2, 1), 4, 12.5) // { low: 0.9375, high: 24.0625 }
 */
export function countedPercentileInterval(bins: Float64Array, length: number, scale: number, offset = 0): Interval {
  const hLow = (length - 1) * LOWER_FRACTION;
  const hHigh = (length - 1) * UPPER_FRACTION;
  const jLow = Math.floor(hLow);
  const jHigh = Math.floor(hHigh);
  // The order statistics of ranks jLow, jLow + 1, jHigh, jHigh + 1 in one walk up the bins.
  const ranks = [jLow, jLow + 1, jHigh, Math.min(jHigh + 1, length - 1)];
  const found = [0, 0, 0, 0];
  let cumulative = 0;
  let next = 0;
  for (let bin = 0; next < 4 && bin < bins.length; bin++) {
    cumulative += bins[bin]!;
    while (next < 4 && ranks[next]! < cumulative) found[next++] = (offset + bin) * scale;
  }
  return { low: interpolate(found[0]!, found[1]!, hLow, jLow), high: interpolate(found[2]!, found[3]!, hHigh, jHigh) };
}
