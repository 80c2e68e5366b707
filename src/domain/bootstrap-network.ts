import { QUANTITY, quantityCount, type BootstrapRound, type DyadGroup } from './bootstrap-round.ts';
import type { Xoshiro128 } from './random.ts';
import { ASPECTS } from './scores.ts';

/**
 * The network-level replicates of the bootstrap (bootstrap.ts): B times, N respondents drawn with
 * replacement and every network-level score recomputed from them, a respondent drawn c times
 * counting c times. Quantity q's replicate b is at `q · B + b` of the returned matrix (the layout of
 * `QUANTITY`); NaN where the score has no value in that replicate.
 *
 * How it stays fast: the draws become a count per respondent and replicate (an N × B matrix); the
 * respondent-level scores (aspects, agreements, dispersion) are weighted sums over it. The dyads of
 * one rating partner A depend only on the counts of A's few respondents, and the same counts come
 * back again and again across 2,000 replicates, so A's dyad means are computed once per distinct
 * combination of counts and reused; what remains per replicate is adding each dyad mean to its
 * partner's received score.
 */
export function networkReplicates(round: BootstrapRound, B: number, generator: Xoshiro128): Float64Array {
  const matrix = new Float64Array(quantityCount(round) * B).fill(NaN);
  const counts = drawCounts(round.respondentIds.length, B, generator);
  respondentScores(round, counts, B, matrix);
  dyadScores(round, counts, B, matrix);
  return matrix;
}

/**
 * The count of each respondent r in each replicate b, at `r · B + b`: N draws per replicate. A count
 * is at most N, so 16 bits hold it below 65,536 respondents.
 */
function drawCounts(N: number, B: number, generator: Xoshiro128): Counts {
  const counts = N < 65_536 ? new Uint16Array(N * B) : new Int32Array(N * B);
  const draws = new Int32Array(N);
  for (let b = 0; b < B; b++) {
    generator.fillBelow(N, draws, N);
    for (let i = 0; i < N; i++) counts[draws[i]! * B + b]!++;
  }
  return counts;
}

/** Aspects, agreement importance, adherence and gap, and the dispersion: weighted over the counts. */
function respondentScores(round: BootstrapRound, counts: Counts, B: number, matrix: Float64Array): void {
  const N = round.respondentIds.length;
  const P = round.partnerIds.length;
  const G = round.agreementIds.length;
  const sums = new Float64Array(B);
  const weights = new Float64Array(B);
  // The weighted mean over the drawn respondents of the values `values[r · stride + offset]`.
  const weightedMean = (values: Float64Array, stride: number, offset: number, q: number) => {
    sums.fill(0);
    weights.fill(0);
    for (let r = 0; r < N; r++) {
      const x = values[r * stride + offset]!;
      if (x !== x) continue;
      for (let b = 0, row = r * B; b < B; b++) {
        const w = counts[row + b]!;
        sums[b]! += w * x;
        weights[b]! += w;
      }
    }
    for (let b = 0; b < B; b++) if (weights[b]! > 0) matrix[q * B + b] = sums[b]! / weights[b]!;
  };

  ASPECTS.forEach((_, a) => weightedMean(round.aspects, ASPECTS.length, a, QUANTITY.aspect(a)));
  for (let g = 0; g < G; g++) {
    const at = QUANTITY.agreement(g, P);
    weightedMean(round.importance, G, g, at);
    weightedMean(round.adherence, G, g, at + 1);
    for (let b = 0; b < B; b++) matrix[(at + 2) * B + b] = matrix[at * B + b]! - matrix[(at + 1) * B + b]!;
  }

  // Dispersion: the population standard deviation of the drawn respondents' mean trust, in two passes.
  const centre = QUANTITY.dispersion * B;
  weightedMean(round.meanTrust, 1, 0, QUANTITY.dispersion);
  sums.fill(0);
  for (let r = 0; r < N; r++) {
    const m = round.meanTrust[r]!;
    if (m !== m) continue;
    for (let b = 0, row = r * B; b < B; b++) {
      const w = counts[row + b]!;
      if (w === 0) continue;
      const deviation = m - matrix[centre + b]!;
      sums[b]! += w * deviation * deviation;
    }
  }
  for (let b = 0; b < B; b++) if (weights[b]! > 0) matrix[centre + b] = Math.sqrt(sums[b]! / weights[b]!);
}

/** Counts per respondent and replicate. */
type Counts = Uint16Array | Int32Array;

// The per-partner cache holds, for dyad k and combination of counts s, (trust, has trust, value,
// has value) at `(k · B + s) · 4`: dyad by dyad, so adding one dyad's means over all replicates reads
// a few kilobytes. Per combination s, the sums over the partner's dyads of trust, dyads with trust,
// value, dyads with value, openness and dyads with openness are at `s · 6` of the totals.
const PER_DYAD = 4;
const TOTALS = 6;
// Counts of up to 7 respondents below 16 make a cache key below 16⁷, exact in a double.
const MAX_KEYED_RESPONDENTS = 7;
const KEY_BASE = 16;

/** Network trust, value and openness and received trust and value: the dyad means, per rating partner. */
function dyadScores(round: BootstrapRound, counts: Counts, B: number, matrix: Float64Array): void {
  const P = round.partnerIds.length;
  const network = new Float64Array(B * TOTALS);
  // Received trust (value) sums go straight into the partner's rows of the matrix; the number of
  // dyads behind each is at `p · B + b` (trust) and `(P + p) · B + b` (value).
  const receivedDyads = new Int32Array(2 * P * B);
  for (let p = 0; p < P; p++) {
    matrix.fill(0, QUANTITY.receivedTrust(p) * B, (QUANTITY.receivedTrust(p) + 1) * B);
    matrix.fill(0, QUANTITY.receivedValue(p, P) * B, (QUANTITY.receivedValue(p, P) + 1) * B);
  }
  const slotOf = new Int32Array(B);
  const slots = new Map<number, number>();
  const totals = new Float64Array(B * TOTALS);
  let cache = new Float64Array(0);

  for (const group of round.groups) {
    const dyads = group.end - group.start;
    if (cache.length < dyads * B * PER_DYAD) cache = new Float64Array(dyads * B * PER_DYAD);
    assignCombinations(round, group, counts, B, slots, slotOf, cache, totals, network);
    // Each dyad's mean, replicate after replicate, onto its partner's received scores.
    for (let k = 0; k < dyads; k++) {
      const p = round.dyadToIndex[group.start + k]!;
      addReceived(cache, k * B * PER_DYAD, slotOf, matrix, QUANTITY.receivedTrust(p) * B, QUANTITY.receivedValue(p, P) * B, receivedDyads, p * B, (P + p) * B, B);
    }
  }

  for (let b = 0; b < B; b++) {
    const o = b * TOTALS;
    if (network[o + 1]! > 0) matrix[QUANTITY.networkTrust * B + b] = network[o]! / network[o + 1]!;
    if (network[o + 3]! > 0) matrix[QUANTITY.networkValue * B + b] = network[o + 2]! / network[o + 3]!;
    if (network[o + 5]! > 0) matrix[QUANTITY.openness * B + b] = network[o + 4]! / network[o + 5]!;
  }
  for (let p = 0; p < P; p++) {
    const trust = QUANTITY.receivedTrust(p) * B;
    const value = QUANTITY.receivedValue(p, P) * B;
    for (let b = 0; b < B; b++) {
      const withTrust = receivedDyads[p * B + b]!;
      const withValue = receivedDyads[(P + p) * B + b]!;
      matrix[trust + b] = withTrust > 0 ? matrix[trust + b]! / withTrust : NaN;
      matrix[value + b] = withValue > 0 ? matrix[value + b]! / withValue : NaN;
    }
  }
}

/**
 * For each replicate, the combination of counts of the group's respondents: a new combination gets
 * its dyad means computed into the cache, a known one reuses them. Adds the group's totals to the
 * network sums of each replicate.
 */
function assignCombinations(round: BootstrapRound, group: DyadGroup, counts: Counts, B: number, slots: Map<number, number>, slotOf: Int32Array, cache: Float64Array, totals: Float64Array, network: Float64Array): void {
  const keyed = group.respondents.length <= MAX_KEYED_RESPONDENTS;
  slots.clear();
  let used = 0;
  for (let b = 0; b < B; b++) {
    let key = 0;
    let usable = keyed;
    for (let j = 0; usable && j < group.respondents.length; j++) {
      const c = counts[group.respondents[j]! * B + b]!;
      if (c >= KEY_BASE) usable = false;
      key = key * KEY_BASE + c;
    }
    let slot = usable ? slots.get(key) : undefined;
    if (slot === undefined) {
      slot = used++;
      if (usable) slots.set(key, slot);
      groupMeans(round, group, counts, B, b, cache, totals, slot);
    }
    slotOf[b] = slot;
    for (let t = 0; t < TOTALS; t++) network[b * TOTALS + t]! += totals[slot * TOTALS + t]!;
  }
}

/** Adds one dyad's cached means of every replicate to its partner's received sums and counts. */
function addReceived(cache: Float64Array, dyad: number, slotOf: Int32Array, matrix: Float64Array, trust: number, value: number, counts: Int32Array, trustDyads: number, valueDyads: number, B: number): void {
  for (let b = 0; b < B; b++) {
    const from = dyad + slotOf[b]! * PER_DYAD;
    matrix[trust + b]! += cache[from]!;
    counts[trustDyads + b]! += cache[from + 1]!;
    matrix[value + b]! += cache[from + 2]!;
    counts[valueDyads + b]! += cache[from + 3]!;
  }
}

/** Fills combination `slot` of the cache: the group's dyad means under the counts of replicate b. */
function groupMeans(round: BootstrapRound, group: DyadGroup, counts: Counts, B: number, b: number, cache: Float64Array, totals: Float64Array, slot: number): void {
  const { start, respondent, trust, value, openness } = round.dyadRatings;
  let trustSum = 0;
  let trustDyads = 0;
  let valueSum = 0;
  let valueDyads = 0;
  let opennessSum = 0;
  let opennessDyads = 0;
  for (let d = group.start; d < group.end; d++) {
    // The dyad's means: its ratings weighted by their respondents' counts in replicate b.
    let st = 0;
    let wt = 0;
    let sv = 0;
    let wv = 0;
    let so = 0;
    let wo = 0;
    for (let i = start[d]!, end = start[d + 1]!; i < end; i++) {
      const c = counts[respondent[i]! * B + b]!;
      if (c === 0) continue;
      const t = trust[i]!;
      const v = value[i]!;
      const o = openness[i]!;
      if (t === t) {
        st += c * t;
        wt += c;
      }
      if (v === v) {
        sv += c * v;
        wv += c;
      }
      if (o === o) {
        so += c * o;
        wo += c;
      }
    }
    const k = ((d - group.start) * B + slot) * PER_DYAD;
    if (wt > 0) {
      const mean = st / wt;
      cache[k] = mean;
      cache[k + 1] = 1;
      trustSum += mean;
      trustDyads++;
    } else cache[k] = cache[k + 1] = 0;
    if (wv > 0) {
      const mean = sv / wv;
      cache[k + 2] = mean;
      cache[k + 3] = 1;
      valueSum += mean;
      valueDyads++;
    } else cache[k + 2] = cache[k + 3] = 0;
    if (wo > 0) {
      opennessSum += so / wo;
      opennessDyads++;
    }
  }
  const at = slot * TOTALS;
  totals[at] = trustSum;
  totals[at + 1] = trustDyads;
  totals[at + 2] = valueSum;
  totals[at + 3] = valueDyads;
  totals[at + 4] = opennessSum;
  totals[at + 5] = opennessDyads;
}
