import { reaches } from './threshold.ts';

/**
 * The scores of a reflection round (DESIGN §5.2), exactly as specified: every 1–5 answer is
 * normalised to 0–100, `null` is "don't know" and counts nowhere, and each score carries the
 * number of distinct respondents it rests on (for the anonymity rule of §5.3).
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

/** A score and how many distinct respondents it rests on; `value` is null when nobody answered. */
export interface Score {
  value: number | null;
  respondents: number;
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

const answered = (answers: readonly Answer[]) => answers.filter((a): a is number => a !== null && a !== undefined);

/** A respondent's mean over the answered items, normalised; null when all were "don't know". */
export function itemMean(rating: PartnerRating, items: readonly (keyof PartnerRating)[]): number | null {
  return mean(answered(items.map((item) => rating[item])).map(normalise));
}

interface Accumulator {
  values: number[];
  respondents: Set<string>;
}
const accumulator = (): Accumulator => ({ values: [], respondents: new Set() });
const add = (acc: Accumulator, value: number | null, respondent: string) => {
  if (value === null) return;
  acc.values.push(value);
  acc.respondents.add(respondent);
};
const toScore = (acc: Accumulator | undefined): Score => ({ value: acc ? mean(acc.values) : null, respondents: acc?.respondents.size ?? 0 });

/**
 * Every dyad A→B: the mean over A's respondents of their dyad trust, value, openness item and
 * level about B. A respondent's rating of their own partner is ignored.
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
      add(dyad.trust, itemMean(rating, TRUST_ITEMS), response.respondentId);
      add(dyad.value, itemMean(rating, VALUE_ITEMS), response.respondentId);
      add(dyad.openness, rating.openness === null ? null : normalise(rating.openness), response.respondentId);
      add(dyad.level, rating.level, response.respondentId);
    }
  }
  return [...dyads.values()].map((d) => ({ from: d.from, to: d.to, trust: toScore(d.trust), value: toScore(d.value), openness: toScore(d.openness), level: toScore(d.level) }));
}

type DyadMeasure = 'trust' | 'value' | 'openness';

/** The mean over dyads of one measure, resting on every respondent behind those dyads. */
function meanOverDyads(dyads: DyadScore[], measure: DyadMeasure, responses: RoundResponse[], filter: (d: DyadScore) => boolean): Score {
  const chosen = dyads.filter((d) => filter(d) && d[measure].value !== null);
  const respondents = new Set<string>();
  for (const response of responses) {
    for (const d of chosen) {
      if (d.from !== response.partnerId) continue;
      const rating = response.partners[d.to];
      if (!rating) continue;
      const v = measure === 'openness' ? rating.openness : itemMean(rating, measure === 'trust' ? TRUST_ITEMS : VALUE_ITEMS);
      if (v !== null) respondents.add(response.respondentId);
    }
  }
  return { value: mean(chosen.map((d) => d[measure].value as number)), respondents: respondents.size };
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

/** Aspect score: the mean over respondents of each respondent's mean over the aspect's items. */
export function aspectScore(responses: RoundResponse[], aspect: Aspect): Score {
  const perRespondent = responses
    .map((r) => mean(answered(r.aspects[aspect] ?? []).map(normalise)))
    .filter((v): v is number => v !== null);
  return { value: mean(perRespondent), respondents: perRespondent.length };
}

/** A respondent's mean trust over all their dyads, or null. */
export function respondentMeanTrust(response: RoundResponse): number | null {
  const trusts = Object.entries(response.partners)
    .filter(([to]) => to !== response.partnerId)
    .map(([, rating]) => itemMean(rating, TRUST_ITEMS))
    .filter((v): v is number => v !== null);
  return mean(trusts);
}

/** Dispersion: the population standard deviation of the respondents' mean trust. */
export function dispersion(responses: RoundResponse[]): Score {
  const means = responses.map(respondentMeanTrust).filter((v): v is number => v !== null);
  return { value: populationStdDev(means), respondents: means.length };
}

export const AGREEMENT_GAP_FLAG = 25;

export interface AgreementGap {
  agreementId: string;
  importance: Score;
  adherence: Score;
  /** Mean importance − mean adherence, both normalised; null when either is missing. */
  gap: number | null;
  flagged: boolean;
}

/** Per agreement: mean importance, mean adherence and their gap, flagged at ≥ 25 points. */
export function agreementGaps(responses: RoundResponse[]): AgreementGap[] {
  const ids = [...new Set(responses.flatMap((r) => Object.keys(r.agreements)))].sort();
  return ids.map((agreementId) => {
    const importance = accumulator();
    const adherence = accumulator();
    for (const r of responses) {
      const a = r.agreements[agreementId];
      if (!a) continue;
      add(importance, a.importance === null ? null : normalise(a.importance), r.respondentId);
      add(adherence, a.adherence === null ? null : normalise(a.adherence), r.respondentId);
    }
    const imp = toScore(importance);
    const adh = toScore(adherence);
    const gap = imp.value === null || adh.value === null ? null : imp.value - adh.value;
    return { agreementId, importance: imp, adherence: adh, gap, flagged: gap !== null && reaches(gap, AGREEMENT_GAP_FLAG) };
  });
}
