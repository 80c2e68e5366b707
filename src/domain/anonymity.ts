import type { Score } from './scores.ts';

/** A score as an API shows it: a number on enough respondents, otherwise only the count (DESIGN §5.3). */
export type ShownScore = { value: number | null; respondents: number } | { value: null; insufficient: true; respondents: number };

export const DEFAULT_K = 3;
export const MIN_K = 2;

/**
 * Applies the anonymity threshold: a score that rests on fewer than `k` distinct respondents
 * is shown as "insufficient responses" with its count, never as a number.
 *
 * @example shownScore({ value: 62.5, respondents: 2 }, 3) // { value: null, insufficient: true, respondents: 2 }
 */
export function shownScore(score: Score, k: number): ShownScore {
  if (score.respondents < Math.max(k, MIN_K)) return { value: null, insufficient: true, respondents: score.respondents };
  return { value: score.value, respondents: score.respondents };
}
