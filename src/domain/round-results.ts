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
import {
  agreementGaps,
  aspectScore,
  ASPECTS,
  mean,
  normalise,
  populationStdDev,
  TRUST_ITEMS,
  VALUE_ITEMS,
  type AgreementGap,
  type Aspect,
  type DyadScore,
  type PartnerRating,
  type RoundResponse,
  type Score,
} from './scores.ts';

/**
 * The whole of a round's results (DESIGN §5.2, §5.4) before the anonymity rule: every score with
 * the number of respondents it rests on. This is what a closed round caches; `resultsForCaller`
 * turns it into what one caller may see (§5.3).
 */
export interface RoundScores {
  networkTrust: Score;
  networkValue: Score;
  openness: Score;
  dispersion: Score;
  aspects: Record<Aspect, Score>;
  partners: { partnerId: string; receivedTrust: Score; receivedValue: Score }[];
  dyads: DyadScore[];
  agreementGaps: AgreementGap[];
  graph: CollaborationGraphMetrics & { ties: Tie[] };
}

/**
 * Computes every score of a round in one pass over the answers: the same numbers as the single
 * scores of scores.ts (`dyadScores`, `networkScore`, `receivedScores`, `dispersion`, …; sums are
 * added in the same order), without their pairwise loops and value lists, so a round of 300
 * partners and 30,000 ratings stays fast. A round holds one response per respondent, so a
 * dyad's respondents are its number of answers. Ratings about a partner outside
 * `partnerIds` (removed since) are left out; `partners` and `graph.nodes` follow `partnerIds`.
 *
 * @example roundScores(responses, ['ggz', 'lvb', 'gemeente']).networkTrust // { value: 62.5, respondents: 4 }
 */
export function roundScores(responses: readonly RoundResponse[], partnerIds: readonly string[]): RoundScores {
  const known = new Set(partnerIds);
  const scoped = responses.filter((r) => known.has(r.partnerId));
  const raters = { trust: new Set<string>(), value: new Set<string>(), openness: new Set<string>() };
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
      const trust = answeredMean(rating, TRUST_ITEMS);
      const value = answeredMean(rating, VALUE_ITEMS);
      const openness = rating.openness === null || rating.openness === undefined ? null : normalise(rating.openness);
      addTo(dyad.trust, trust);
      addTo(dyad.value, value);
      addTo(dyad.openness, openness);
      addTo(dyad.level, rating.level ?? null);
      if (trust !== null) {
        raters.trust.add(r.respondentId);
        addRater(trustRaters, to, r.respondentId);
        trustTotal += trust;
        trustCount += 1;
      }
      if (value !== null) {
        raters.value.add(r.respondentId);
        addRater(valueRaters, to, r.respondentId);
      }
      if (openness !== null) raters.openness.add(r.respondentId);
    }
    if (trustCount > 0) meanTrusts.push(trustTotal / trustCount);
  }
  const dyads: DyadScore[] = sums.map((d) => ({ from: d.from, to: d.to, trust: scoreOf(d.trust), value: scoreOf(d.value), openness: scoreOf(d.openness), level: scoreOf(d.level) }));

  const meanOf = (chosen: DyadScore[], measure: 'trust' | 'value' | 'openness') =>
    mean(chosen.map((d) => d[measure].value).filter((v): v is number => v !== null));
  const dyadsTo = new Map<string, DyadScore[]>();
  for (const d of dyads) {
    const list = dyadsTo.get(d.to);
    if (list) list.push(d);
    else dyadsTo.set(d.to, [d]);
  }

  const levels = dyads.map((d) => ({ from: d.from, to: d.to, level: d.level.value }));
  return {
    networkTrust: { value: meanOf(dyads, 'trust'), respondents: raters.trust.size },
    networkValue: { value: meanOf(dyads, 'value'), respondents: raters.value.size },
    openness: { value: meanOf(dyads, 'openness'), respondents: raters.openness.size },
    dispersion: { value: populationStdDev(meanTrusts), respondents: meanTrusts.length },
    aspects: Object.fromEntries(ASPECTS.map((aspect) => [aspect, aspectScore(scoped, aspect)])) as Record<Aspect, Score>,
    partners: partnerIds.map((partnerId) => ({
      partnerId,
      receivedTrust: { value: meanOf(dyadsTo.get(partnerId) ?? [], 'trust'), respondents: trustRaters.get(partnerId)?.size ?? 0 },
      receivedValue: { value: meanOf(dyadsTo.get(partnerId) ?? [], 'value'), respondents: valueRaters.get(partnerId)?.size ?? 0 },
    })),
    dyads,
    agreementGaps: agreementGaps(scoped),
    graph: { ...collaborationGraphMetrics(partnerIds, levels), ties: workingTies(levels) },
  };
}

interface Sum {
  sum: number;
  n: number;
}
const sum = (): Sum => ({ sum: 0, n: 0 });
const addTo = (acc: Sum, value: number | null) => {
  if (value === null) return;
  acc.sum += value;
  acc.n += 1;
};
const scoreOf = (acc: Sum): Score => ({ value: acc.n === 0 ? null : acc.sum / acc.n, respondents: acc.n });
const answeredMean = (rating: PartnerRating, items: readonly (keyof PartnerRating)[]): number | null => {
  let total = 0;
  let n = 0;
  for (const item of items) {
    const answer = rating[item];
    if (answer === null || answer === undefined) continue;
    total += normalise(answer);
    n += 1;
  }
  return n === 0 ? null : total / n;
};

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
