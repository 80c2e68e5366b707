import { MIN_K, shownScore, type ShownScore } from './anonymity.ts';
import type { RoundDisclosure } from './disclosure.ts';
import type { Membership } from './membership.ts';
import { maySeeDyad } from './permissions.ts';
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
export type ResultsCaller = Pick<Membership, 'role' | 'partnerId'>;

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
const hidden = (score: Score): ShownScore => ({ value: null, insufficient: true, respondents: score.respondents });

/** What `resultsForCaller` needs besides the scores and the caller. */
export interface ResultsDisclosure extends RoundDisclosure {
  /** The round's submitted responses: network-wide graph aggregates use all dyads only from k on. */
  respondents: number;
}

/**
 * Applies the disclosure rule of DESIGN §5.3 for one caller under the round's mode and frozen k.
 * Every network-level score resting on fewer than k respondents is "insufficient". A dyad measure
 * (trust, value, level) below k is shown exactly only where `maySeeDyad` allows it (organisation
 * mode: the coordinator and partners A and B; strict mode: nobody); a dyad the caller sees nothing
 * of is left out. Everything derived from dyads uses only the dyad measures the caller may see:
 * asymmetry and perception-gap flags need both directions visible, working ties come from the
 * visible levels, and each node's degree and betweenness, the components and isolates are those
 * of that visible graph. Density, reciprocity and centralization use all dyads once the round has
 * k respondents. An agreement gap needs both its importance and its adherence on k respondents.
 *
 * @example resultsForCaller(scores, { role: 'observer', partnerId: null }, { mode: 'strict', k: 3, respondents: 12 }).dyads // only dyads on ≥ 3 respondents
 */
export function resultsForCaller(scores: RoundScores, caller: ResultsCaller, disclosure: ResultsDisclosure): CallerResults {
  const k = disclosure.k;
  const show = (score: Score) => shownScore(score, k);
  const dyadMeasure = (d: DyadScore, score: Score) => (maySeeDyad(caller, d, score.respondents, disclosure) ? exact(score) : hidden(score));
  const dyads: ShownDyad[] = [];
  const visible: { from: string; to: string; trust: number | null; level: number | null }[] = [];
  for (const d of scores.dyads) {
    const shown = { from: d.from, to: d.to, trust: dyadMeasure(d, d.trust), value: dyadMeasure(d, d.value), level: dyadMeasure(d, d.level) };
    if (shown.trust.value !== null || shown.value.value !== null || shown.level.value !== null) dyads.push(shown);
    visible.push({ from: d.from, to: d.to, trust: shown.trust.value, level: shown.level.value });
  }
  const allLevelsVisible = scores.dyads.every((d) => d.level.value === null || maySeeDyad(caller, d, d.level.respondents, disclosure));
  const partnerIds = scores.partners.map((p) => p.partnerId);
  const graph = allLevelsVisible ? scores.graph : visibleGraph(scores, partnerIds, visible, disclosure.respondents >= Math.max(k, MIN_K));

  return {
    networkTrust: show(scores.networkTrust),
    networkValue: show(scores.networkValue),
    openness: show(scores.openness),
    dispersion: show(scores.dispersion),
    aspects: Object.fromEntries(ASPECTS.map((aspect) => [aspect, show(scores.aspects[aspect])])) as Record<Aspect, ShownScore>,
    partners: scores.partners.map((p) => ({ partnerId: p.partnerId, receivedTrust: show(p.receivedTrust), receivedValue: show(p.receivedValue) })),
    dyads,
    graph,
    flags: {
      // Hidden measures are absent here, so a flag never rests on a dyad the caller may not see.
      asymmetries: asymmetries(visible),
      perceptionGaps: perceptionGaps(visible),
    },
    agreementGaps: scores.agreementGaps.map((g) => {
      const importance = show(g.importance);
      const adherence = show(g.adherence);
      const visibleGap = importance.value !== null && adherence.value !== null;
      return { agreementId: g.agreementId, importance, adherence, gap: visibleGap ? g.gap : null, flagged: visibleGap && g.flagged };
    }),
  };
}

/**
 * The graph of the working ties the caller may see: ties, nodes, components and isolates from the
 * visible levels only; density, reciprocity and centralization from all levels when `aggregates`
 * (the round has k respondents), otherwise from the visible ones too.
 */
function visibleGraph(
  scores: RoundScores,
  partnerIds: readonly string[],
  visible: readonly { from: string; to: string; level: number | null }[],
  aggregates: boolean,
): CollaborationGraphMetrics & { ties: Tie[] } {
  const metrics = collaborationGraphMetrics(partnerIds, visible);
  const ties = workingTies(visible);
  if (!aggregates) return { ...metrics, ties };
  return { ...metrics, density: scores.graph.density, reciprocity: scores.graph.reciprocity, centralization: scores.graph.centralization, ties };
}
