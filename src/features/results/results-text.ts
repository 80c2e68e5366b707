import type { RoundScores } from '../../domain/round-results.ts';

/** Different callers' texts kept per round's scores; beyond this the oldest goes. */
const TEXTS_PER_SCORES = 16;

/**
 * The JSON texts of a round's results, kept with the scores object they were made from: while
 * load-round-scores.ts serves the same scores (nothing changed), the same caller key gets the same
 * text. New scores (another object) start afresh and the old texts go with the old object.
 */
const texts = new WeakMap<RoundScores, Map<string, string>>();

/** The text for `key` made from `scores`, built once. */
export function resultsText(scores: RoundScores, key: string, build: () => string): string {
  let kept = texts.get(scores);
  if (!kept) texts.set(scores, (kept = new Map()));
  const found = kept.get(key);
  if (found !== undefined) return found;
  const text = build();
  kept.set(key, text);
  if (kept.size > TEXTS_PER_SCORES) kept.delete(kept.keys().next().value!);
  return text;
}
