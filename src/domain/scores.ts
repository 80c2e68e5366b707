import { reaches } from './threshold.ts';

/**
 * The scores of a reflection round (DESIGN §5.2), exactly as specified: every 1–5 answer is
 * normalised to 0–100, `null` is "don't know" and counts nowhere, an answer counts only on the
 * minimum information (two of a dyad's three trust or value items; both aspect items, or one and
 * an explicit "don't know" for the other), and each score carries the number of distinct
 * respondents and of item answers it rests on (for the anonymity rule of §5.3 and for §5.9).
 */

export const ASPECTS = ['ambition', 'interests', 'relationship', 'organisation', 'process'] as const;
export type Aspect = (typeof ASPECTS)[number];
export const TRUST_ITEMS = ['reliability', 'openness', 'mission'] as const;
export const VALUE_ITEMS = ['influence', 'resources', 'involvement'] as const;

/** A 1–5 agreement answer, or null for "don't know". */
export type Answer = number | null;

export interface PartnerRating {
  /** Collaboration level 0–5 (0 none … 5 integrated), or null. */
  level: number | null;
  reliability: Answer;
  openness: Answer;
  mission: Answer;
  influence: Answer;
  resources: Answer;
  involvement: Answer;
}

export interface RoundResponse {
  respondentId: string;
  /** The partner the respondent speaks or works for. */
  partnerId: string;
  aspects: Partial<Record<Aspect, Answer[]>>;
  agreements: Record<string, { importance: Answer; adherence: Answer }>;
  partners: Record<string, PartnerRating>;
  toDiscuss?: string | null;
}

/**
 * A 95 % percentile-bootstrap interval on the 0–100 scale (DESIGN §5.9; see bootstrap.ts).
 *
 * @example { low: 48.3, high: 75 }
 */
export interface Interval {
  low: number;
  high: number;
}

/**
 * A score, how many distinct respondents and how many item answers it rests on; `value` is null
 * when nobody answered enough. `interval` is there when the round's intervals were computed
 * (`roundScores` with a round id): null when the score has no value or rests on fewer than two
 * respondents.
 *
 * @example { value: 62.5, respondents: 4, items: 11, interval: { low: 50, high: 75 } }
 */
export interface Score {
  value: number | null;
  respondents: number;
  items: number;
  interval?: Interval | null;
}

export interface DyadScore {
  from: string;
  to: string;
  trust: Score;
  value: Score;
  openness: Score;
  /** L(A→B): the mean collaboration level (0–5, not normalised). */
  level: Score;
}

/** `(s − 1) / 4 × 100`: a 1–5 answer on the 0–100 scale. */
export function normalise(answer: number): number {
  return ((answer - 1) / 4) * 100;
}

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Population standard deviation (divides by n), null for no values. */
export function populationStdDev(values: number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
}

/** What one respondent contributes to a score: a normalised mean and the item answers behind it. */
export interface Contribution {
  value: number;
  items: number;
}

/** A dyad's trust or value counts only when at least this many of its three items are answered. */
export const MIN_DYAD_ITEMS = 2;

const isAnswer = (answer: Answer | undefined): answer is number => answer !== null && answer !== undefined;

/**
 * A respondent's dyad trust (or value) about one partner: the mean of the answered items,
 * normalised, when at least two of the three are answered; otherwise it does not count (null).
 *
 * @example dyadContribution(rating({ reliability: 5, openness: 4, mission: null }), TRUST_ITEMS) // { value: 87.5, items: 2 }
 */
export function dyadContribution(rating: PartnerRating, items: readonly (keyof PartnerRating)[]): Contribution | null {
  let total = 0;
  let n = 0;
  for (const item of items) {
    const answer = rating[item];
    if (!isAnswer(answer)) continue;
    total += normalise(answer);
    n += 1;
  }
  return n < MIN_DYAD_ITEMS ? null : { value: total / n, items: n };
}

/**
 * A respondent's score on a two-item aspect: the mean of both items when both are answered, the
 * one answered item when the other is an explicit "don't know" (`null`), and nothing otherwise —
 * an item that is missing altogether (`[3]`, `undefined`) is not "don't know".
 *
 * @example aspectContribution([3, null]) // { value: 50, items: 1 }
 * @example aspectContribution([3]) // null
 */
export function aspectContribution(answers: readonly (Answer | undefined)[] | undefined): Contribution | null {
  if (!answers) return null;
  const [first, second] = [answers[0], answers[1]];
  if (isAnswer(first) && isAnswer(second)) return { value: (normalise(first) + normalise(second)) / 2, items: 2 };
  if (isAnswer(first) && second === null) return { value: normalise(first), items: 1 };
  if (first === null && isAnswer(second)) return { value: normalise(second), items: 1 };
  return null;
}

/** A one-item answer (openness item, importance, adherence) as a contribution: normalised, or null. */
export function singleItemContribution(answer: Answer | undefined): Contribution | null {
  return isAnswer(answer) ? { value: normalise(answer), items: 1 } : null;
}

interface Accumulator {
  values: number[];
  items: number;
  respondents: Set<string>;
}
const accumulator = (): Accumulator => ({ values: [], items: 0, respondents: new Set() });
const add = (acc: Accumulator, contribution: Contribution | null, respondent: string) => {
  if (contribution === null) return;
  acc.values.push(contribution.value);
  acc.items += contribution.items;
  acc.respondents.add(respondent);
};
const toScore = (acc: Accumulator): Score => ({ value: mean(acc.values), respondents: acc.respondents.size, items: acc.items });

/**
 * Every dyad A→B: the mean over A's respondents of their dyad trust, value, openness item and
 * level about B, each respondent counting only on the minimum information. A respondent's rating
 * of their own partner is ignored.
 *
 * @example dyadScores(responses).find((d) => d.from === 'ggz' && d.to === 'gemeente')?.trust
 */
export function dyadScores(responses: RoundResponse[]): DyadScore[] {
  const dyads = new Map<string, { from: string; to: string; trust: Accumulator; value: Accumulator; openness: Accumulator; level: Accumulator }>();
  for (const response of responses) {
    for (const [to, rating] of Object.entries(response.partners)) {
      if (to === response.partnerId) continue;
      const key = `${response.partnerId}\u0000${to}`;
      let dyad = dyads.get(key);
      if (!dyad) {
        dyad = { from: response.partnerId, to, trust: accumulator(), value: accumulator(), openness: accumulator(), level: accumulator() };
        dyads.set(key, dyad);
      }
      add(dyad.trust, dyadContribution(rating, TRUST_ITEMS), response.respondentId);
      add(dyad.value, dyadContribution(rating, VALUE_ITEMS), response.respondentId);
      add(dyad.openness, singleItemContribution(rating.openness), response.respondentId);
      add(dyad.level, rating.level === null || rating.level === undefined ? null : { value: rating.level, items: 1 }, response.respondentId);
    }
  }
  return [...dyads.values()].map((d) => ({ from: d.from, to: d.to, trust: toScore(d.trust), value: toScore(d.value), openness: toScore(d.openness), level: toScore(d.level) }));
}

type DyadMeasure = 'trust' | 'value' | 'openness';

/** A respondent's contribution to one dyad measure about partner `to`. */
function measureContribution(rating: PartnerRating, measure: DyadMeasure): Contribution | null {
  if (measure === 'openness') return singleItemContribution(rating.openness);
  return dyadContribution(rating, measure === 'trust' ? TRUST_ITEMS : VALUE_ITEMS);
}

/** The mean over dyads of one measure, resting on every respondent and item answer behind those dyads. */
function meanOverDyads(dyads: DyadScore[], measure: DyadMeasure, responses: RoundResponse[], filter: (d: DyadScore) => boolean): Score {
  const chosen = dyads.filter((d) => filter(d) && d[measure].value !== null);
  const respondents = new Set<string>();
  let items = 0;
  for (const response of responses) {
    for (const d of chosen) {
      if (d.from !== response.partnerId) continue;
      const rating = response.partners[d.to];
      if (!rating) continue;
      const contribution = measureContribution(rating, measure);
      if (contribution === null) continue;
      respondents.add(response.respondentId);
      items += contribution.items;
    }
  }
  return { value: mean(chosen.map((d) => d[measure].value as number)), respondents: respondents.size, items };
}

/** Received trust and value of partner B: the mean over partners A of T(A→B), V(A→B). */
export function receivedScores(dyads: DyadScore[], responses: RoundResponse[], partnerId: string) {
  return {
    partnerId,
    receivedTrust: meanOverDyads(dyads, 'trust', responses, (d) => d.to === partnerId),
    receivedValue: meanOverDyads(dyads, 'value', responses, (d) => d.to === partnerId),
  };
}

/** Network trust (value, openness): the mean over all dyads with a value. */
export function networkScore(dyads: DyadScore[], responses: RoundResponse[], measure: DyadMeasure): Score {
  return meanOverDyads(dyads, measure, responses, () => true);
}

/**
 * Aspect score: the mean over respondents of each respondent's mean over the aspect's items,
 * counting a respondent only on the minimum information (`aspectContribution`).
 */
export function aspectScore(responses: readonly RoundResponse[], aspect: Aspect): Score {
  const acc = accumulator();
  for (const r of responses) add(acc, aspectContribution(r.aspects[aspect]), r.respondentId);
  return toScore(acc);
}

/**
 * A respondent's mean trust over all their dyads that count (minimum information), with the trust
 * item answers behind it; null when none counts.
 */
export function respondentMeanTrust(response: RoundResponse): Contribution | null {
  const trusts: number[] = [];
  let items = 0;
  for (const [to, rating] of Object.entries(response.partners)) {
    if (to === response.partnerId) continue;
    const trust = dyadContribution(rating, TRUST_ITEMS);
    if (trust === null) continue;
    trusts.push(trust.value);
    items += trust.items;
  }
  const value = mean(trusts);
  return value === null ? null : { value, items };
}

/** Dispersion: the population standard deviation of the respondents' mean trust. */
export function dispersion(responses: readonly RoundResponse[]): Score {
  const means = responses.map(respondentMeanTrust).filter((v): v is Contribution => v !== null);
  return { value: populationStdDev(means.map((m) => m.value)), respondents: means.length, items: means.reduce((sum, m) => sum + m.items, 0) };
}

export const AGREEMENT_GAP_FLAG = 25;

export interface AgreementGap {
  agreementId: string;
  importance: Score;
  adherence: Score;
  /** Mean importance − mean adherence, both normalised; null when either is missing. */
  gap: number | null;
  /** The 95 % interval of the gap, when the round's intervals were computed (see `Score.interval`). */
  gapInterval?: Interval | null;
  flagged: boolean;
}

/** Per agreement: mean importance, mean adherence and their gap, flagged at ≥ 25 points. */
export function agreementGaps(responses: readonly RoundResponse[]): AgreementGap[] {
  const ids = [...new Set(responses.flatMap((r) => Object.keys(r.agreements)))].sort();
  return ids.map((agreementId) => {
    const importance = accumulator();
    const adherence = accumulator();
    for (const r of responses) {
      const a = r.agreements[agreementId];
      if (!a) continue;
      add(importance, singleItemContribution(a.importance), r.respondentId);
      add(adherence, singleItemContribution(a.adherence), r.respondentId);
    }
    const imp = toScore(importance);
    const adh = toScore(adherence);
    const gap = imp.value === null || adh.value === null ? null : imp.value - adh.value;
    return { agreementId, importance: imp, adherence: adh, gap, flagged: gap !== null && reaches(gap, AGREEMENT_GAP_FLAG) };
  });
}
