import { LATTICE_STEP, type DyadValues } from './bootstrap-round.ts';
import { countedPercentileInterval, integerPercentileInterval, percentileInterval } from './percentile.ts';
import type { Xoshiro128 } from './random.ts';
import type { Interval } from './scores.ts';

/**
 * The replicates of one dyad (bootstrap.ts): B resamples of the n respondents of A whose trust
 * (value) about B counts, each replicate the mean of its resample.
 *
 * A resample is n draws of a respondent index, uniform and with replacement. For n ≤ 4 the n draws
 * come from one output u of the generator: t = ⌊u · nⁿ / 2³²⌋ picks one of the nⁿ equally likely
 * ordered resamples, draw j being digit j of t in base n (least significant first). For n ≥ 5 each
 * draw takes its own output: ⌊u · n / 2³²⌋.
 */

/** Up to this many respondents, a whole resample comes from one output (nⁿ ≤ 256). */
export const WHOLE_RESAMPLE_MAX = 4;

/** Buffers reused from dyad to dyad; after a whole-resample draw, how often each resample came up. */
export interface DyadScratch {
  indices: Int32Array;
  sums: Float64Array;
  drawn: Int32Array;
  /** The number of distinct ordered resamples of the last draw, or 0 when it drew one by one. */
  resamples: number;
}

/** Scratch for replicates of B. */
export const dyadScratch = (B: number): DyadScratch => ({ indices: new Int32Array(B * WHOLE_RESAMPLE_MAX), sums: new Float64Array(256), drawn: new Int32Array(256), resamples: 0 });

/**
 * Writes the replicate sums of dyad d (in lattice units when its values are on the lattice) to
 * `out`, one per replicate, and returns n. Draws nothing when n < `minimum`.
 */
export function drawDyadSums(values: DyadValues, d: number, generator: Xoshiro128, out: Float64Array, scratch: DyadScratch, minimum: number): number {
  const start = values.start[d]!;
  const n = values.start[d + 1]! - start;
  if (n < minimum) return n;
  const B = out.length;
  const x = values.units ?? values.values;
  scratch.resamples = 0;
  if (n <= WHOLE_RESAMPLE_MAX) {
    // The sum of every ordered resample t, then one output per replicate.
    const resamples = n ** n;
    const table = scratch.sums;
    for (let t = 0; t < resamples; t++) {
      let sum = 0;
      for (let j = 0, rest = t; j < n; j++, rest = Math.floor(rest / n)) sum += x[start + (rest % n)]!;
      table[t] = sum;
    }
    generator.fillBelow(resamples, scratch.indices, B);
    const drawn = scratch.drawn;
    drawn.fill(0, 0, resamples);
    for (let b = 0; b < B; b++) {
      const t = scratch.indices[b]!;
      drawn[t]!++;
      out[b] = table[t]!;
    }
    scratch.resamples = resamples;
    return n;
  }
  if (scratch.indices.length < B * n) scratch.indices = new Int32Array(B * n);
  const indices = scratch.indices;
  generator.fillBelow(n, indices, B * n);
  for (let b = 0, k = 0; b < B; b++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += x[start + indices[k++]!]!;
    out[b] = sum;
  }
  return n;
}

/**
 * The interval of a dyad's mean from its replicate sums over n respondents. After a whole-resample
 * draw on the lattice, the replicates are counted from how often each resample came up.
 */
export function sumsInterval(values: DyadValues, sums: Float64Array, n: number, scratch?: DyadScratch): Interval | null {
  if (values.units && scratch && scratch.resamples > 0) {
    const bins = new Float64Array(24 * n + 1);
    for (let t = 0; t < scratch.resamples; t++) bins[scratch.sums[t]!]! += scratch.drawn[t]!;
    return countedPercentileInterval(bins, sums.length, LATTICE_STEP / n);
  }
  if (values.units) return integerPercentileInterval(sums, sums.length, LATTICE_STEP / n);
  const means = new Float64Array(sums.length);
  for (let b = 0; b < sums.length; b++) means[b] = sums[b]! / n;
  return percentileInterval(means);
}

/** The interval of `mean(A→B) − mean(B→A)` from both dyads' replicate sums, paired by replicate. */
export function differenceInterval(values: DyadValues, sumsAB: Float64Array, nAB: number, sumsBA: Float64Array, nBA: number): Interval | null {
  const B = sumsAB.length;
  const difference = new Float64Array(B);
  if (values.units) {
    // In lattice units of 1 / (nAB · nBA): whole numbers again.
    for (let b = 0; b < B; b++) difference[b] = sumsAB[b]! * nBA - sumsBA[b]! * nAB;
    return integerPercentileInterval(difference, B, LATTICE_STEP / (nAB * nBA));
  }
  for (let b = 0; b < B; b++) difference[b] = sumsAB[b]! / nAB - sumsBA[b]! / nBA;
  return percentileInterval(difference);
}

/** A dyad's replicate means from its replicate sums (in place). */
export function sumsToMeans(values: DyadValues, sums: Float64Array, n: number): Float64Array {
  const scale = values.units ? LATTICE_STEP / n : 1 / n;
  for (let b = 0; b < sums.length; b++) sums[b] = sums[b]! * scale;
  return sums;
}
