import {
  ASPECTS,
  aspectContribution,
  dyadContribution,
  singleItemContribution,
  TRUST_ITEMS,
  VALUE_ITEMS,
  type RoundResponse,
} from './scores.ts';

/**
 * A round's answers laid out in typed arrays for the bootstrap (bootstrap.ts): each respondent's
 * contribution to every score, after the minimum-information rule of DESIGN §5.2, so a replicate
 * is one pass over numbers and allocates nothing. Built once per round.
 *
 * Respondents are in the order of their ids and dyads in the order of (from, to), ids compared as
 * plain strings: the order the resampling draws in, so the same answers give the same replicates
 * whatever order they were read in. NaN marks "does not count".
 */
export interface BootstrapRound {
  /** N: the respondents of partners in `partnerIds`, ordered by id. */
  respondentIds: string[];
  partnerIds: readonly string[];
  /** Respondent r's ratings are `ratingStart[r] … ratingStart[r + 1]`; each names its dyad. */
  ratingStart: Int32Array;
  ratingDyad: Int32Array;
  ratingTrust: Float64Array;
  ratingValue: Float64Array;
  ratingOpenness: Float64Array;
  /** Each respondent's mean trust over their counting dyads (for the dispersion). */
  meanTrust: Float64Array;
  /** Respondent r's score on aspect a at `r · 5 + a` (ASPECTS order). */
  aspects: Float64Array;
  /** Agreement ids, sorted; respondent r's answer about agreement g at `r · G + g`. */
  agreementIds: string[];
  importance: Float64Array;
  adherence: Float64Array;
  /** Dyads ordered by (from, to); `dyadTo` indexes `partnerIds`. */
  dyadFrom: string[];
  dyadTo: string[];
  dyadToIndex: Int32Array;
  dyadIndex: Map<string, number>;
  /** Per dyad, the counting trust (value) of A's respondents in respondent order. */
  trust: DyadValues;
  value: DyadValues;
  /** Every rating regrouped by dyad, in respondent order. */
  dyadRatings: DyadRatings;
  /** The dyads of each rating partner A (contiguous in dyad order) and the respondents behind them. */
  groups: DyadGroup[];
  /** Distinct respondents behind each network-level quantity (layout of `QUANTITY`). */
  quantityRespondents: Int32Array;
}

/** The values behind each dyad: dyad d's are `values[start[d]] … values[start[d + 1] − 1]`. */
export interface DyadValues {
  start: Int32Array;
  /** Which respondent (index into `respondentIds`) gave each value. */
  respondent: Int32Array;
  values: Float64Array;
  /**
   * The same values in lattice units of 25/6 points (`LATTICE_STEP`), or null when a value is off
   * the lattice. Means of two or three normalised 1–5 answers always lie on it, so replicate sums
   * are whole numbers and their percentiles can be counted.
   */
  units: Float64Array | null;
}

/** Dyad d's ratings are `start[d] … start[d + 1] − 1`: who gave each, and what counts of it (NaN: nothing). */
export interface DyadRatings {
  start: Int32Array;
  respondent: Int32Array;
  trust: Float64Array;
  value: Float64Array;
  openness: Float64Array;
}

/** Dyads `start … end − 1` are rated by one partner, whose rating respondents are `respondents`. */
export interface DyadGroup {
  start: number;
  end: number;
  respondents: Int32Array;
}

/** 25/6 points: every mean of two or three normalised 1–5 answers is a whole multiple of it. */
export const LATTICE_STEP = 25 / 6;

/** Where each network-level quantity sits in a replicate matrix of `quantityCount` rows. */
export const QUANTITY = {
  networkTrust: 0,
  networkValue: 1,
  openness: 2,
  dispersion: 3,
  aspect: (a: number) => 4 + a,
  receivedTrust: (p: number) => 4 + ASPECTS.length + p,
  receivedValue: (p: number, partners: number) => 4 + ASPECTS.length + partners + p,
  agreement: (g: number, partners: number) => 4 + ASPECTS.length + 2 * partners + 3 * g,
} as const;

/** The number of network-level quantities of a round. */
export function quantityCount(round: Pick<BootstrapRound, 'partnerIds' | 'agreementIds'>): number {
  return 4 + ASPECTS.length + 2 * round.partnerIds.length + 3 * round.agreementIds.length;
}

/** Compares ids as plain strings (UTF-16 code units), never by locale. */
export const compareIds = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The key of dyad from→to in `dyadIndex`. */
export const dyadKey = (from: string, to: string) => `${from}\u0000${to}`;

const valueOr = (contribution: { value: number } | null) => (contribution === null ? NaN : contribution.value);

/**
 * Lays out a round for the bootstrap, with exactly the scoping and counting rules of
 * `roundScores`: respondents of partners in `partnerIds`, ratings of other partners in it.
 *
 * @example bootstrapRound(responses, partnerIds).respondentIds.length // N
 */
export function bootstrapRound(responses: readonly RoundResponse[], partnerIds: readonly string[]): BootstrapRound {
  const partnerIndex = new Map(partnerIds.map((id, i) => [id, i]));
  const scoped = responses.filter((r) => partnerIndex.has(r.partnerId)).sort((x, y) => compareIds(x.respondentId, y.respondentId));
  const ratedBy = scoped.map((r) => Object.keys(r.partners).filter((to) => to !== r.partnerId && partnerIndex.has(to)));

  const pairs = new Map<string, [string, string]>();
  scoped.forEach((r, i) => {
    for (const to of ratedBy[i]!) pairs.set(dyadKey(r.partnerId, to), [r.partnerId, to]);
  });
  const dyads = [...pairs.values()].sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
  const dyadIndex = new Map(dyads.map(([from, to], d) => [dyadKey(from, to), d]));

  const n = scoped.length;
  const agreementIds = [...new Set(scoped.flatMap((r) => Object.keys(r.agreements)))].sort(compareIds);
  const G = agreementIds.length;
  const P = partnerIds.length;
  const ratingStart = new Int32Array(n + 1);
  const ratingDyad: number[] = [];
  const ratingTrust: number[] = [];
  const ratingValue: number[] = [];
  const ratingOpenness: number[] = [];
  const meanTrust = new Float64Array(n).fill(NaN);
  const aspects = new Float64Array(n * ASPECTS.length).fill(NaN);
  const importance = new Float64Array(n * G).fill(NaN);
  const adherence = new Float64Array(n * G).fill(NaN);
  const respondents = new Int32Array(quantityCount({ partnerIds, agreementIds }));
  const count = (q: number) => (respondents[q] = respondents[q]! + 1);

  scoped.forEach((r, i) => {
    ratingStart[i] = ratingDyad.length;
    let trustTotal = 0;
    let trustCount = 0;
    let valueCount = 0;
    let opennessCount = 0;
    for (const to of ratedBy[i]!) {
      const rating = r.partners[to]!;
      const p = partnerIndex.get(to)!;
      const trust = dyadContribution(rating, TRUST_ITEMS);
      const value = dyadContribution(rating, VALUE_ITEMS);
      const openness = singleItemContribution(rating.openness);
      ratingDyad.push(dyadIndex.get(dyadKey(r.partnerId, to))!);
      ratingTrust.push(valueOr(trust));
      ratingValue.push(valueOr(value));
      ratingOpenness.push(valueOr(openness));
      // A respondent rates each partner once, so each rating is another respondent behind `to`.
      if (trust !== null) {
        trustTotal += trust.value;
        trustCount += 1;
        count(QUANTITY.receivedTrust(p));
      }
      if (value !== null) {
        valueCount += 1;
        count(QUANTITY.receivedValue(p, P));
      }
      if (openness !== null) opennessCount += 1;
    }
    if (trustCount > 0) {
      meanTrust[i] = trustTotal / trustCount;
      count(QUANTITY.networkTrust);
      count(QUANTITY.dispersion);
    }
    if (valueCount > 0) count(QUANTITY.networkValue);
    if (opennessCount > 0) count(QUANTITY.openness);
    ASPECTS.forEach((aspect, a) => {
      const contribution = aspectContribution(r.aspects[aspect]);
      if (contribution === null) return;
      aspects[i * ASPECTS.length + a] = contribution.value;
      count(QUANTITY.aspect(a));
    });
    agreementIds.forEach((id, g) => {
      const answer = r.agreements[id];
      const imp = singleItemContribution(answer?.importance);
      const adh = singleItemContribution(answer?.adherence);
      importance[i * G + g] = valueOr(imp);
      adherence[i * G + g] = valueOr(adh);
      if (imp !== null) count(QUANTITY.agreement(g, P));
      if (adh !== null) count(QUANTITY.agreement(g, P) + 1);
    });
  });
  ratingStart[n] = ratingDyad.length;
  agreementIds.forEach((_, g) => {
    const at = QUANTITY.agreement(g, P);
    respondents[at + 2] = Math.min(respondents[at]!, respondents[at + 1]!);
  });

  const layout = { ratingStart, ratingDyad: Int32Array.from(ratingDyad), dyads: dyads.length };
  const trust = dyadValues(layout, Float64Array.from(ratingTrust));
  const value = dyadValues(layout, Float64Array.from(ratingValue));
  const dyadRatings = byDyad(layout, Float64Array.from(ratingTrust), Float64Array.from(ratingValue), Float64Array.from(ratingOpenness));
  return {
    respondentIds: scoped.map((r) => r.respondentId),
    partnerIds,
    ratingStart,
    ratingDyad: layout.ratingDyad,
    ratingTrust: Float64Array.from(ratingTrust),
    ratingValue: Float64Array.from(ratingValue),
    ratingOpenness: Float64Array.from(ratingOpenness),
    meanTrust,
    aspects,
    agreementIds,
    importance,
    adherence,
    dyadFrom: dyads.map(([from]) => from),
    dyadTo: dyads.map(([, to]) => to),
    dyadToIndex: Int32Array.from(dyads, ([, to]) => partnerIndex.get(to)!),
    dyadIndex,
    trust,
    value,
    dyadRatings,
    groups: dyadGroups(dyads, dyadRatings),
    quantityRespondents: respondents,
  };
}

/**
 * Regroups the respondent-ordered ratings by dyad (a counting sort, so each dyad keeps its values in
 * respondent order), leaving out the ratings whose value does not count (NaN).
 */
function dyadValues(layout: { ratingStart: Int32Array; ratingDyad: Int32Array; dyads: number }, ratingValues: Float64Array): DyadValues {
  const { ratingStart, ratingDyad, dyads } = layout;
  const start = new Int32Array(dyads + 1);
  for (let i = 0; i < ratingDyad.length; i++) if (ratingValues[i] === ratingValues[i]) start[ratingDyad[i]! + 1]!++;
  for (let d = 0; d < dyads; d++) start[d + 1]! += start[d]!;
  const total = start[dyads]!;
  const respondent = new Int32Array(total);
  const values = new Float64Array(total);
  const next = start.slice(0, dyads);
  for (let r = 0; r + 1 < ratingStart.length; r++) {
    for (let i = ratingStart[r]!; i < ratingStart[r + 1]!; i++) {
      const v = ratingValues[i]!;
      if (v !== v) continue;
      const at = next[ratingDyad[i]!]!++;
      respondent[at] = r;
      values[at] = v;
    }
  }
  let onLattice = true;
  const units = new Float64Array(total);
  for (let i = 0; i < total; i++) {
    const u = values[i]! / LATTICE_STEP;
    units[i] = Math.round(u);
    if (Math.abs(u - units[i]!) > 1e-9) onLattice = false;
  }
  return { start, respondent, values, units: onLattice ? units : null };
}

/** Every rating regrouped by dyad (a counting sort: respondent order is kept within a dyad). */
function byDyad(layout: { ratingStart: Int32Array; ratingDyad: Int32Array; dyads: number }, trust: Float64Array, value: Float64Array, openness: Float64Array): DyadRatings {
  const { ratingStart, ratingDyad, dyads } = layout;
  const start = new Int32Array(dyads + 1);
  for (let i = 0; i < ratingDyad.length; i++) start[ratingDyad[i]! + 1]!++;
  for (let d = 0; d < dyads; d++) start[d + 1]! += start[d]!;
  const out = { start, respondent: new Int32Array(ratingDyad.length), trust: new Float64Array(ratingDyad.length), value: new Float64Array(ratingDyad.length), openness: new Float64Array(ratingDyad.length) };
  const next = start.slice(0, dyads);
  for (let r = 0; r + 1 < ratingStart.length; r++) {
    for (let i = ratingStart[r]!; i < ratingStart[r + 1]!; i++) {
      const at = next[ratingDyad[i]!]!++;
      out.respondent[at] = r;
      out.trust[at] = trust[i]!;
      out.value[at] = value[i]!;
      out.openness[at] = openness[i]!;
    }
  }
  return out;
}

/** The runs of dyads with the same rating partner, with the respondents whose ratings count in each run. */
function dyadGroups(dyads: [string, string][], ratings: DyadRatings): DyadGroup[] {
  const groups: DyadGroup[] = [];
  for (let start = 0; start < dyads.length; ) {
    let end = start + 1;
    while (end < dyads.length && dyads[end]![0] === dyads[start]![0]) end++;
    const respondents = new Set<number>();
    for (let i = ratings.start[start]!; i < ratings.start[end]!; i++) {
      const counts = ratings.trust[i] === ratings.trust[i] || ratings.value[i] === ratings.value[i] || ratings.openness[i] === ratings.openness[i];
      if (counts) respondents.add(ratings.respondent[i]!);
    }
    groups.push({ start, end, respondents: Int32Array.from([...respondents].sort((x, y) => x - y)) });
    start = end;
  }
  return groups;
}
