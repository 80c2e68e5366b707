import { maySeeDyadExactly, shownScore, type ShownScore } from './anonymity.ts';
import {
  asymmetries,
  collaborationGraphMetrics,
  perceptionGaps,
  workingTies,
  type CollaborationGraphMetrics,
  type DyadDifference,
  type Tie,
} from './graph.ts';
import { roundIntervals, type BootstrapOptions, type RoundIntervals } from './bootstrap.ts';
import { dyadKey } from './bootstrap-round.ts';
import {
  agreementGaps,
  aspectScore,
  ASPECTS,
  dyadContribution,
  mean,
  populationStdDev,
  singleItemContribution,
  TRUST_ITEMS,
  VALUE_ITEMS,
  type AgreementGap,
  type Aspect,
  type Contribution,
  type DyadScore,
  type Interval,
  type RoundResponse,
  type Score,
} from './scores.ts';

/**
 * The version of the rules behind `RoundScores`: a stored copy computed under another version is
 * stale (2: minimum information, item counts, intervals and trust differences; 3: the cached scores
 * carry their intervals).
 */
export const ROUND_SCORES_VERSION = 3;

/**
 * A pair whose two directions both have trust: `difference` = T(a→b) − T(b→a), `a < b` (the
 * quantity the asymmetry flag of §5.4 tests), with its 95 % interval when intervals were computed.
 *
 * @example { a: 'ggz', b: 'wijkteam', difference: -30, interval: { low: -45.8, high: -12.5 } }
 */
export interface TrustDifference {
  a: string;
  b: string;
  difference: number;
  interval?: Interval | null;
}

/**
 * The whole of a round's results (DESIGN §5.2, §5.4, §5.9) before the anonymity rule: every score
 * with the number of respondents and item answers it rests on and, when computed, its interval.
 * This is what a closed round caches; `resultsForCaller` turns it into what one caller may see (§5.3).
 */
export interface RoundScores {
  networkTrust: Score;
  networkValue: Score;
  openness: Score;
  dispersion: Score;
  aspects: Record<Aspect, Score>;
  partners: { partnerId: string; receivedTrust: Score; receivedValue: Score }[];
  dyads: DyadScore[];
  /** Every pair with trust in both directions, ordered by `a`, then `b`. */
  trustDifferences: TrustDifference[];
  agreementGaps: AgreementGap[];
  graph: CollaborationGraphMetrics & { ties: Tie[] };
}

/** Options of `roundScores`: with a round id, every score shown as a number gets its interval. */
export interface RoundScoresOptions extends BootstrapOptions {
  roundId?: string;
}

/**
 * Computes every score of a round in one pass over the answers: the same numbers as the single
 * scores of scores.ts (`dyadScores`, `networkScore`, `receivedScores`, `dispersion`, …; sums are
 * added in the same order), without their pairwise loops and value lists, so a round of 300
 * partners and 30,000 ratings stays fast. A round holds one response per respondent, so a
 * dyad's respondents are its number of answers. Ratings about a partner outside
 * `partnerIds` (removed since) are left out; `partners` and `graph.nodes` follow `partnerIds`.
 *
 * With `options.roundId`, the bootstrap intervals of §5.9 (bootstrap.ts, seeded from the round id)
 * are added to network trust, value and openness, dispersion, the aspects, received trust and
 * value, each dyad's trust and value, agreement importance, adherence and gap, and each trust
 * difference.
 *
 * @example roundScores(responses, ['ggz', 'lvb', 'gemeente']).networkTrust // { value: 62.5, respondents: 4, items: 35 }
 * @example roundScores(responses, partnerIds, { roundId: round.id }).networkTrust.interval // { low: 51.3, high: 70.8 }
 */
export function roundScores(responses: readonly RoundResponse[], partnerIds: readonly string[], options: RoundScoresOptions = {}): RoundScores {
  const known = new Set(partnerIds);
  const scoped = responses.filter((r) => known.has(r.partnerId));
  const raters = { trust: new Set<string>(), value: new Set<string>(), openness: new Set<string>() };
  const items = { trust: 0, value: 0, openness: 0 };
  const trustRaters = new Map<string, Set<string>>();
  const valueRaters = new Map<string, Set<string>>();
  const addRater = (map: Map<string, Set<string>>, to: string, respondent: string) => {
    let set = map.get(to);
    if (!set) map.set(to, (set = new Set()));
    set.add(respondent);
  };
  const sums: DyadSums[] = [];
  const byFrom = new Map<string, Map<string, DyadSums>>();
  // Each respondent's mean trust over their dyads, for the dispersion.
  const meanTrusts: number[] = [];

  for (const r of scoped) {
    let row = byFrom.get(r.partnerId);
    if (!row) byFrom.set(r.partnerId, (row = new Map()));
    let trustTotal = 0;
    let trustCount = 0;
    for (const to in r.partners) {
      if (to === r.partnerId || !known.has(to)) continue;
      const rating = r.partners[to]!;
      let dyad = row.get(to);
      if (!dyad) {
        dyad = { from: r.partnerId, to, trust: sum(), value: sum(), openness: sum(), level: sum() };
        row.set(to, dyad);
        sums.push(dyad);
      }
      const trust = dyadContribution(rating, TRUST_ITEMS);
      const value = dyadContribution(rating, VALUE_ITEMS);
      const openness = singleItemContribution(rating.openness);
      addTo(dyad.trust, trust);
      addTo(dyad.value, value);
      addTo(dyad.openness, openness);
      addTo(dyad.level, rating.level === null || rating.level === undefined ? null : { value: rating.level, items: 1 });
      if (trust !== null) {
        raters.trust.add(r.respondentId);
        addRater(trustRaters, to, r.respondentId);
        items.trust += trust.items;
        trustTotal += trust.value;
        trustCount += 1;
      }
      if (value !== null) {
        raters.value.add(r.respondentId);
        addRater(valueRaters, to, r.respondentId);
        items.value += value.items;
      }
      if (openness !== null) {
        raters.openness.add(r.respondentId);
        items.openness += 1;
      }
    }
    if (trustCount > 0) meanTrusts.push(trustTotal / trustCount);
  }
  const dyads: DyadScore[] = sums.map((d) => ({ from: d.from, to: d.to, trust: scoreOf(d.trust), value: scoreOf(d.value), openness: scoreOf(d.openness), level: scoreOf(d.level) }));

  const meanOf = (chosen: DyadScore[], measure: 'trust' | 'value' | 'openness') =>
    mean(chosen.map((d) => d[measure].value).filter((v): v is number => v !== null));
  const itemsOf = (chosen: DyadScore[], measure: 'trust' | 'value') => chosen.reduce((total, d) => total + d[measure].items, 0);
  const dyadsTo = new Map<string, DyadScore[]>();
  for (const d of dyads) {
    const list = dyadsTo.get(d.to);
    if (list) list.push(d);
    else dyadsTo.set(d.to, [d]);
  }
  const received = (partnerId: string, measure: 'trust' | 'value', raterSets: Map<string, Set<string>>): Score => {
    const chosen = dyadsTo.get(partnerId) ?? [];
    return { value: meanOf(chosen, measure), respondents: raterSets.get(partnerId)?.size ?? 0, items: itemsOf(chosen, measure) };
  };

  const levels = dyads.map((d) => ({ from: d.from, to: d.to, level: d.level.value }));
  const scores: RoundScores = {
    networkTrust: { value: meanOf(dyads, 'trust'), respondents: raters.trust.size, items: items.trust },
    networkValue: { value: meanOf(dyads, 'value'), respondents: raters.value.size, items: items.value },
    openness: { value: meanOf(dyads, 'openness'), respondents: raters.openness.size, items: items.openness },
    // The dispersion rests on the same respondents and trust answers as network trust.
    dispersion: { value: populationStdDev(meanTrusts), respondents: meanTrusts.length, items: items.trust },
    aspects: Object.fromEntries(ASPECTS.map((aspect) => [aspect, aspectScore(scoped, aspect)])) as Record<Aspect, Score>,
    partners: partnerIds.map((partnerId) => ({ partnerId, receivedTrust: received(partnerId, 'trust', trustRaters), receivedValue: received(partnerId, 'value', valueRaters) })),
    dyads,
    trustDifferences: trustDifferences(dyads),
    agreementGaps: agreementGaps(scoped),
    graph: { ...collaborationGraphMetrics(partnerIds, levels), ties: workingTies(levels) },
  };
  return options.roundId === undefined ? scores : withIntervals(scores, roundIntervals(scoped, partnerIds, options.roundId, options));
}

/** T(a→b) − T(b→a) for every pair with trust both ways, `a < b`, sorted. */
function trustDifferences(dyads: readonly DyadScore[]): TrustDifference[] {
  const trust = new Map(dyads.filter((d) => d.trust.value !== null).map((d) => [dyadKey(d.from, d.to), d.trust.value!]));
  const pairs: TrustDifference[] = [];
  for (const d of dyads) {
    if (!(d.from < d.to) || d.trust.value === null) continue;
    const back = trust.get(dyadKey(d.to, d.from));
    if (back !== undefined) pairs.push({ a: d.from, b: d.to, difference: d.trust.value - back });
  }
  return pairs.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** The scores with the bootstrap intervals added (DESIGN §5.9). */
function withIntervals(scores: RoundScores, intervals: RoundIntervals): RoundScores {
  const at = (score: Score, interval: Interval | null | undefined): Score => ({ ...score, interval: interval ?? null });
  const differences = new Map(intervals.trustDifferences.map((p) => [dyadKey(p.a, p.b), p.interval]));
  return {
    ...scores,
    networkTrust: at(scores.networkTrust, intervals.networkTrust),
    networkValue: at(scores.networkValue, intervals.networkValue),
    openness: at(scores.openness, intervals.openness),
    dispersion: at(scores.dispersion, intervals.dispersion),
    aspects: Object.fromEntries(ASPECTS.map((aspect) => [aspect, at(scores.aspects[aspect], intervals.aspects[aspect])])) as Record<Aspect, Score>,
    partners: scores.partners.map((p) => ({
      partnerId: p.partnerId,
      receivedTrust: at(p.receivedTrust, intervals.receivedTrust.get(p.partnerId)),
      receivedValue: at(p.receivedValue, intervals.receivedValue.get(p.partnerId)),
    })),
    dyads: scores.dyads.map((d) => {
      const dyad = intervals.dyads.get(dyadKey(d.from, d.to));
      return { ...d, trust: at(d.trust, dyad?.trust), value: at(d.value, dyad?.value) };
    }),
    trustDifferences: scores.trustDifferences.map((p) => ({ ...p, interval: differences.get(dyadKey(p.a, p.b)) ?? null })),
    agreementGaps: scores.agreementGaps.map((g) => {
      const agreement = intervals.agreements.get(g.agreementId);
      return { ...g, importance: at(g.importance, agreement?.importance), adherence: at(g.adherence, agreement?.adherence), gapInterval: agreement?.gap ?? null };
    }),
  };
}

interface Sum {
  sum: number;
  n: number;
  items: number;
}
const sum = (): Sum => ({ sum: 0, n: 0, items: 0 });
const addTo = (acc: Sum, contribution: Contribution | null) => {
  if (contribution === null) return;
  acc.sum += contribution.value;
  acc.n += 1;
  acc.items += contribution.items;
};
const scoreOf = (acc: Sum): Score => ({ value: acc.n === 0 ? null : acc.sum / acc.n, respondents: acc.n, items: acc.items });

interface DyadSums {
  from: string;
  to: string;
  trust: Sum;
  value: Sum;
  openness: Sum;
  level: Sum;
}

/** Who asks for the results: the role in the network and, for a representative or member, the partner. */
export interface ResultsCaller {
  role: string;
  partnerId: string | null;
}

export interface ShownDyad {
  from: string;
  to: string;
  trust: ShownScore;
  value: ShownScore;
  level: ShownScore;
}

export interface ShownAgreementGap {
  agreementId: string;
  importance: ShownScore;
  adherence: ShownScore;
  gap: number | null;
  flagged: boolean;
}

/** The results of DESIGN §7.1 as one caller may see them. */
export interface CallerResults {
  networkTrust: ShownScore;
  networkValue: ShownScore;
  openness: ShownScore;
  dispersion: ShownScore;
  aspects: Record<Aspect, ShownScore>;
  partners: { partnerId: string; receivedTrust: ShownScore; receivedValue: ShownScore }[];
  dyads: ShownDyad[];
  graph: CollaborationGraphMetrics & { ties: Tie[] };
  flags: { asymmetries: DyadDifference[]; perceptionGaps: DyadDifference[] };
  agreementGaps: ShownAgreementGap[];
}

const exact = (score: Score): ShownScore => ({ value: score.value, respondents: score.respondents });
const reachesK = (score: Score, k: number) => !('insufficient' in shownScore(score, k));

/**
 * Applies the anonymity rule of DESIGN §5.3 for one caller. Every score resting on fewer than `k`
 * respondents is "insufficient", except a dyad A→B for the coordinator and for partners A and B,
 * who see it exactly. A dyad the caller sees nothing of is left out. A flag (asymmetry,
 * perception gap) compares the two directions of a pair, so it tells something about both
 * dyads: it is shown only to a caller who may see both exactly, or when both directions rest on
 * at least `k` respondents (then anyone can compute it from the visible dyads). The graph of
 * working ties is the network map's, shown to everyone. An agreement gap needs both its
 * importance and its adherence on `k` respondents.
 *
 * @example resultsForCaller(scores, { role: 'observer', partnerId: null }, 3).dyads // only dyads on ≥ 3 respondents
 */
export function resultsForCaller(scores: RoundScores, caller: ResultsCaller, k: number): CallerResults {
  const show = (score: Score) => shownScore(score, k);
  const dyads: ShownDyad[] = [];
  for (const d of scores.dyads) {
    if (maySeeDyadExactly(caller, d)) {
      dyads.push({ from: d.from, to: d.to, trust: exact(d.trust), value: exact(d.value), level: exact(d.level) });
      continue;
    }
    const shown = { from: d.from, to: d.to, trust: show(d.trust), value: show(d.value), level: show(d.level) };
    if (shown.trust.value !== null || shown.value.value !== null || shown.level.value !== null) dyads.push(shown);
  }

  const byPair = new Map(scores.dyads.map((d) => [`${d.from}\u0000${d.to}`, d]));
  const flagVisible = (pair: DyadDifference, measure: 'trust' | 'level') => {
    if (maySeeDyadExactly(caller, { from: pair.a, to: pair.b })) return true;
    const there = byPair.get(`${pair.a}\u0000${pair.b}`);
    const back = byPair.get(`${pair.b}\u0000${pair.a}`);
    return there !== undefined && back !== undefined && reachesK(there[measure], k) && reachesK(back[measure], k);
  };
  const directed = scores.dyads.map((d) => ({ from: d.from, to: d.to, trust: d.trust.value, level: d.level.value }));

  return {
    networkTrust: show(scores.networkTrust),
    networkValue: show(scores.networkValue),
    openness: show(scores.openness),
    dispersion: show(scores.dispersion),
    aspects: Object.fromEntries(ASPECTS.map((aspect) => [aspect, show(scores.aspects[aspect])])) as Record<Aspect, ShownScore>,
    partners: scores.partners.map((p) => ({ partnerId: p.partnerId, receivedTrust: show(p.receivedTrust), receivedValue: show(p.receivedValue) })),
    dyads,
    graph: scores.graph,
    flags: {
      asymmetries: asymmetries(directed).filter((pair) => flagVisible(pair, 'trust')),
      perceptionGaps: perceptionGaps(directed).filter((pair) => flagVisible(pair, 'level')),
    },
    agreementGaps: scores.agreementGaps.map((g) => {
      const importance = show(g.importance);
      const adherence = show(g.adherence);
      const visible = importance.value !== null && adherence.value !== null;
      return { agreementId: g.agreementId, importance, adherence, gap: visible ? g.gap : null, flagged: visible && g.flagged };
    }),
  };
}
