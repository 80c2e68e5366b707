import { ASPECTS, TRUST_ITEMS, VALUE_ITEMS, type Answer, type Aspect, type PartnerRating, type RoundResponse } from './scores.ts';

/**
 * The reliability of a round's measurement (DESIGN §5.9, "Kwaliteit van de meting"): do the items
 * that should measure one thing agree with each other?
 *
 * - Trust and value each have three items: Cronbach's α over the respondent–partner pairs with all
 *   three answered, α = k / (k − 1) · (1 − Σ s²ᵢ / s²ₜ) with k = 3 items, s²ᵢ the variance of item i
 *   and s²ₜ the variance of the pairs' item totals (sample variances; α does not depend on the
 *   divisor, nor on normalising the answers).
 * - Each aspect has two items: the Spearman–Brown coefficient 2r / (1 + r), r the Pearson
 *   correlation of the two items over the respondents who answered both: the reliability of their
 *   mean.
 *
 * Below 10 complete pairs a coefficient is not computed ("te weinig antwoorden"); when the items do
 * not vary (everybody gave the same answers) it is not defined.
 */

/** Fewer complete pairs than this: "te weinig antwoorden". */
export const MIN_COMPLETE_PAIRS = 10;

/** A coefficient and the number of complete pairs behind it, or why there is none. */
export interface Reliability {
  coefficient: number | null;
  complete: number;
  reason: 'too_few_answers' | 'not_defined' | null;
}

export interface RoundReliability {
  trust: Reliability;
  value: Reliability;
  aspects: Record<Aspect, Reliability>;
}

const isAnswer = (answer: Answer | undefined): answer is number => answer !== null && answer !== undefined;

/** Sample variance (divides by n − 1). */
function variance(values: readonly number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
}

/**
 * Cronbach's α of complete rows of k ≥ 2 items; null when there are fewer than two rows or the
 * totals do not vary.
 *
 * @example cronbachAlpha([[1, 1, 2], [2, 2, 2], [3, 3, 3]]) // 0.947… (= 1.5 · (1 − (7/3) / (19/3)))
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  if (rows.length < 2) return null;
  const k = rows[0]!.length;
  const itemVariances = Array.from({ length: k }, (_, i) => variance(rows.map((row) => row[i]!)));
  const totalVariance = variance(rows.map((row) => row.reduce((sum, v) => sum + v, 0)));
  if (totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances.reduce((sum, v) => sum + v, 0) / totalVariance);
}

/**
 * The Spearman–Brown coefficient 2r / (1 + r) of two items from their Pearson correlation r; null
 * when either item does not vary or r = −1.
 *
 * @example spearmanBrown([[1, 2], [2, 2], [3, 4]]) // 0.93…
 */
export function spearmanBrown(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length < 2) return null;
  const mx = pairs.reduce((sum, [x]) => sum + x, 0) / pairs.length;
  const my = pairs.reduce((sum, [, y]) => sum + y, 0) / pairs.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return r <= -1 ? null : (2 * r) / (1 + r);
}

function reliability<T>(complete: readonly T[], coefficient: (rows: readonly T[]) => number | null): Reliability {
  if (complete.length < MIN_COMPLETE_PAIRS) return { coefficient: null, complete: complete.length, reason: 'too_few_answers' };
  const value = coefficient(complete);
  return { coefficient: value, complete: complete.length, reason: value === null ? 'not_defined' : null };
}

/**
 * The reliability of a round: α for trust and for value, Spearman–Brown per aspect, with the
 * scoping of `roundScores` (respondents of partners in `partnerIds`, ratings of other partners in it).
 *
 * @example roundReliability(responses, partnerIds).trust // { coefficient: 0.87, complete: 212, reason: null }
 */
export function roundReliability(responses: readonly RoundResponse[], partnerIds: readonly string[]): RoundReliability {
  const known = new Set(partnerIds);
  const scoped = responses.filter((r) => known.has(r.partnerId));
  const rows = (items: readonly (keyof PartnerRating)[]) =>
    scoped.flatMap((r) =>
      Object.entries(r.partners)
        .filter(([to]) => to !== r.partnerId && known.has(to))
        .map(([, rating]) => items.map((item) => rating[item]))
        .filter((answers): answers is number[] => answers.every(isAnswer)),
    );
  const aspectPairs = (aspect: Aspect) =>
    scoped
      .map((r) => r.aspects[aspect] ?? [])
      .filter((answers) => isAnswer(answers[0]) && isAnswer(answers[1]))
      .map((answers) => [answers[0], answers[1]] as [number, number]);
  return {
    trust: reliability(rows(TRUST_ITEMS), cronbachAlpha),
    value: reliability(rows(VALUE_ITEMS), cronbachAlpha),
    aspects: Object.fromEntries(ASPECTS.map((aspect) => [aspect, reliability(aspectPairs(aspect), spearmanBrown)])) as Record<Aspect, Reliability>,
  };
}
