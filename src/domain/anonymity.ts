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

/**
 * Whether a caller may see the exact dyad result A→B whatever its count: the coordinator and
 * the two partners of the pair may (that is what makes the pair discussable).
 */
export function maySeeDyadExactly(caller: { role: string; partnerId: string | null }, dyad: { from: string; to: string }): boolean {
  if (caller.role === 'coordinator') return true;
  return caller.partnerId !== null && (caller.partnerId === dyad.from || caller.partnerId === dyad.to);
}
