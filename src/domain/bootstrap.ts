import { differenceInterval, drawDyadSums, dyadScratch, sumsInterval, sumsToMeans } from './bootstrap-dyads.ts';
import { networkReplicates } from './bootstrap-network.ts';
import { bootstrapRound, dyadKey, QUANTITY, type DyadValues } from './bootstrap-round.ts';
import { percentileInterval } from './percentile.ts';
import { generatorFor, type Xoshiro128 } from './random.ts';
import { ASPECTS, type Aspect, type Interval, type RoundResponse } from './scores.ts';

/**
 * 95 % percentile-bootstrap intervals for the scores of a round (DESIGN §5.9).
 *
 * - Network-level scores (network trust, value and openness, dispersion, aspects, each partner's
 *   received trust and value, agreement importance, adherence and gap): a replicate draws N
 *   respondents with replacement from the round's N respondents and recomputes every score as
 *   §5.2 defines it, a respondent drawn twice counting twice. A replicate in which a score has no
 *   value (nobody drawn rated that partner) is left out of that score's percentiles.
 * - A dyad's trust and value: a replicate draws n of the n respondents of A whose trust (value)
 *   about B counts, with replacement, and takes their mean.
 * - The asymmetry of a pair, T(A→B) − T(B→A): the difference of the two dyads' replicates, which
 *   are drawn independently (A's and B's respondents are different people).
 * - A change between two rounds (what a spiral tests): the difference of the two rounds'
 *   replicates, drawn independently (`changeInterval`).
 *
 * B = 2,000 replicates; the interval runs from the 2.5th to the 97.5th percentile (percentile.ts).
 * A score on fewer than two respondents gets no interval (null).
 *
 * Randomness (random.ts): xoshiro128** seeded with SHA-256 of a text naming the round and the
 * stream, so the same answers always give the same intervals and another round other ones:
 * `ketenregie-bootstrap-v1␀{roundId}␀respondents` for the network-level replicates (N draws per
 * replicate, replicate after replicate), and `ketenregie-bootstrap-v1␀{roundId}␀dyad␀{from}␀{to}`
 * for a dyad (first B × n draws for trust, then B × n for value; a measure on fewer than two
 * respondents draws nothing). A draw is `⌊u · n / 2³²⌋` of the generator's next output u, an index
 * into the respondents in the order of their ids.
 */

export const BOOTSTRAP_REPLICATES = 2_000;
/** A score needs at least this many respondents for an interval. */
export const MIN_INTERVAL_RESPONDENTS = 2;
const SEED_PREFIX = 'ketenregie-bootstrap-v1';

export interface BootstrapOptions {
  /** B, the number of replicates (2,000; fewer only in tests). */
  replicates?: number;
}

/** The intervals of a pair's trust difference `T(a→b) − T(b→a)`, `a < b` as in graph.ts's flags. */
export interface PairInterval {
  a: string;
  b: string;
  interval: Interval | null;
}

/** Every interval of a round; maps are keyed by partner id, agreement id, or `dyadKey(from, to)`. */
export interface RoundIntervals {
  networkTrust: Interval | null;
  networkValue: Interval | null;
  openness: Interval | null;
  dispersion: Interval | null;
  aspects: Record<Aspect, Interval | null>;
  receivedTrust: Map<string, Interval | null>;
  receivedValue: Map<string, Interval | null>;
  agreements: Map<string, { importance: Interval | null; adherence: Interval | null; gap: Interval | null }>;
  dyads: Map<string, { trust: Interval | null; value: Interval | null }>;
  /** Every pair whose two directions both have trust. */
  trustDifferences: PairInterval[];
}

/** The replicates themselves (NaN: no value in that replicate; null: fewer than two respondents). */
export interface RoundReplicates {
  replicates: number;
  networkTrust: Float64Array | null;
  networkValue: Float64Array | null;
  openness: Float64Array | null;
  dispersion: Float64Array | null;
  aspects: Record<Aspect, Float64Array | null>;
  receivedTrust: Map<string, Float64Array | null>;
  receivedValue: Map<string, Float64Array | null>;
  agreements: Map<string, { importance: Float64Array | null; adherence: Float64Array | null; gap: Float64Array | null }>;
  /** A dyad's trust and value replicates, drawn when asked; null for a dyad nobody rated. */
  dyad(from: string, to: string): { trust: Float64Array | null; value: Float64Array | null } | null;
}

const globalSeed = (roundId: string) => `${SEED_PREFIX}\u0000${roundId}\u0000respondents`;
const dyadSeed = (roundId: string, from: string, to: string) => `${SEED_PREFIX}\u0000${roundId}\u0000dyad\u0000${from}\u0000${to}`;

/**
 * Every interval of a round: the network-level scores from one pass per replicate over typed
 * arrays, each dyad from its own stream.
 *
 * @example roundIntervals(responses, partnerIds, round.id).networkTrust // { low: 55.2, high: 68.9 }
 */
export function roundIntervals(responses: readonly RoundResponse[], partnerIds: readonly string[], roundId: string, options: BootstrapOptions = {}): RoundIntervals {
  const B = options.replicates ?? BOOTSTRAP_REPLICATES;
  const round = bootstrapRound(responses, partnerIds);
  const matrix = networkReplicates(round, B, generatorFor(globalSeed(roundId)));
  const intervalOf = (q: number) => (round.quantityRespondents[q]! < MIN_INTERVAL_RESPONDENTS ? null : percentileInterval(matrix.subarray(q * B, (q + 1) * B)));
  const P = partnerIds.length;

  const dyads = new Map<string, { trust: Interval | null; value: Interval | null }>();
  const trustDifferences: PairInterval[] = [];
  const sums = [new Float64Array(B), new Float64Array(B)];
  const valueSums = new Float64Array(B);
  const scratch = dyadScratch(B);
  round.dyadFrom.forEach((from, d) => {
    const to = round.dyadTo[d]!;
    const reverse = round.dyadIndex.get(dyadKey(to, from));
    if (reverse !== undefined && from > to) return; // done with its pair
    const pair = reverse === undefined ? [d] : [d, reverse];
    const trustCounts = pair.map((e, i) => {
      const generator = generatorFor(dyadSeed(roundId, round.dyadFrom[e]!, round.dyadTo[e]!));
      const n = drawDyadSums(round.trust, e, generator, sums[i]!, scratch, MIN_INTERVAL_RESPONDENTS);
      const trust = n < MIN_INTERVAL_RESPONDENTS ? null : sumsInterval(round.trust, sums[i]!, n, scratch);
      const m = drawDyadSums(round.value, e, generator, valueSums, scratch, MIN_INTERVAL_RESPONDENTS);
      const value = m < MIN_INTERVAL_RESPONDENTS ? null : sumsInterval(round.value, valueSums, m, scratch);
      dyads.set(dyadKey(round.dyadFrom[e]!, round.dyadTo[e]!), { trust, value });
      return n;
    });
    if (reverse === undefined) return;
    const [nAB, nBA] = trustCounts as [number, number];
    if (nAB === 0 || nBA === 0) return;
    const interval = nAB < MIN_INTERVAL_RESPONDENTS || nBA < MIN_INTERVAL_RESPONDENTS ? null : differenceInterval(round.trust, sums[0]!, nAB, sums[1]!, nBA);
    trustDifferences.push({ a: from, b: to, interval });
  });

  return {
    networkTrust: intervalOf(QUANTITY.networkTrust),
    networkValue: intervalOf(QUANTITY.networkValue),
    openness: intervalOf(QUANTITY.openness),
    dispersion: intervalOf(QUANTITY.dispersion),
    aspects: Object.fromEntries(ASPECTS.map((aspect, a) => [aspect, intervalOf(QUANTITY.aspect(a))])) as Record<Aspect, Interval | null>,
    receivedTrust: new Map(partnerIds.map((id, p) => [id, intervalOf(QUANTITY.receivedTrust(p))])),
    receivedValue: new Map(partnerIds.map((id, p) => [id, intervalOf(QUANTITY.receivedValue(p, P))])),
    agreements: new Map(
      round.agreementIds.map((id, g) => {
        const at = QUANTITY.agreement(g, P);
        return [id, { importance: intervalOf(at), adherence: intervalOf(at + 1), gap: intervalOf(at + 2) }];
      }),
    ),
    dyads,
    trustDifferences,
  };
}

/**
 * The replicates of a round, for intervals of quantities across rounds (a spiral's change, see
 * `changeInterval`). Costs one network-level pass; dyads are drawn when asked for.
 *
 * @example changeInterval(roundReplicates(first, ids, r1).networkTrust, roundReplicates(last, ids, r3).networkTrust)
 */
export function roundReplicates(responses: readonly RoundResponse[], partnerIds: readonly string[], roundId: string, options: BootstrapOptions = {}): RoundReplicates {
  const B = options.replicates ?? BOOTSTRAP_REPLICATES;
  const round = bootstrapRound(responses, partnerIds);
  const matrix = networkReplicates(round, B, generatorFor(globalSeed(roundId)));
  const row = (q: number) => (round.quantityRespondents[q]! < MIN_INTERVAL_RESPONDENTS ? null : matrix.subarray(q * B, (q + 1) * B));
  const P = partnerIds.length;
  const scratch = dyadScratch(B);
  const means = (values: DyadValues, d: number, generator: Xoshiro128) => {
    const out = new Float64Array(B);
    const n = drawDyadSums(values, d, generator, out, scratch, MIN_INTERVAL_RESPONDENTS);
    return n < MIN_INTERVAL_RESPONDENTS ? null : sumsToMeans(values, out, n);
  };
  return {
    replicates: B,
    networkTrust: row(QUANTITY.networkTrust),
    networkValue: row(QUANTITY.networkValue),
    openness: row(QUANTITY.openness),
    dispersion: row(QUANTITY.dispersion),
    aspects: Object.fromEntries(ASPECTS.map((aspect, a) => [aspect, row(QUANTITY.aspect(a))])) as Record<Aspect, Float64Array | null>,
    receivedTrust: new Map(partnerIds.map((id, p) => [id, row(QUANTITY.receivedTrust(p))])),
    receivedValue: new Map(partnerIds.map((id, p) => [id, row(QUANTITY.receivedValue(p, P))])),
    agreements: new Map(
      round.agreementIds.map((id, g) => {
        const at = QUANTITY.agreement(g, P);
        return [id, { importance: row(at), adherence: row(at + 1), gap: row(at + 2) }];
      }),
    ),
    dyad(from, to) {
      const d = round.dyadIndex.get(dyadKey(from, to));
      if (d === undefined) return null;
      const generator = generatorFor(dyadSeed(roundId, from, to));
      const trust = means(round.trust, d, generator);
      return { trust, value: means(round.value, d, generator) };
    },
  };
}

/**
 * The interval of `last − first` from two independent sets of replicates of the same score (two
 * rounds), paired by replicate number; a replicate without a value on either side is left out.
 * Null when either side has no replicates (fewer than two respondents). This is the interval a
 * spiral is tested with: the total of its last two changes is `last − first` of the three rounds.
 *
 * @example changeInterval(firstRound.networkTrust, lastRound.networkTrust) // { low: -18.2, high: -3.1 }
 */
export function changeInterval(first: Float64Array | null, last: Float64Array | null): Interval | null {
  if (first === null || last === null) return null;
  const length = Math.min(first.length, last.length);
  const change = new Float64Array(length);
  for (let b = 0; b < length; b++) change[b] = last[b]! - first[b]!;
  return percentileInterval(change);
}
