import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { RoundScores } from '../../domain/round-results.ts';
import type { RoundReliability } from '../../domain/reliability.ts';
import type { ResponseProgress } from './response-progress.ts';

/**
 * What a round keeps once its raw answers start to be removed (retention, issue 14): its scores as
 * the results computed and cached them, the response counts, the quality of the measurement, how
 * many wrote "what should be discussed", and the uncertainty of the spirals it started or ended.
 * Aggregates only (DESIGN §5.3). Every reader of a closed round's answers reads this first.
 */
export interface FrozenRound {
  scores: RoundScores;
  computedAt: Date;
  respondents: number;
  progress: ResponseProgress;
  quality: RoundReliability;
  toDiscussWritten: number;
  /** Keyed by `spiralKey`. */
  spiralUncertainty: Record<string, boolean>;
  answersRemovedAt: Date | null;
}

/** The key of a spiral's uncertainty: its series' subject and the rounds it starts and ends in. */
// PostgreSQL's jsonb takes no NUL character, which the subject key joins with.
export const spiralKey = (subjectKey: string, firstRoundId: string, lastRoundId: string) => [...subjectKey.split('\u0000'), firstRoundId, lastRoundId].join('|');

/** The frozen form of a round, or undefined while its raw answers are all there. */
export async function frozenRound(db: Kysely<DB> | Queryable, roundId: string): Promise<FrozenRound | undefined> {
  const row = await db.selectFrom('round_frozen_results').selectAll().where('round_id', '=', roundId).executeTakeFirst();
  if (!row) return undefined;
  return {
    scores: row.scores as RoundScores,
    computedAt: row.computed_at,
    respondents: row.respondents,
    progress: row.progress as FrozenRound['progress'],
    quality: row.quality as RoundReliability,
    toDiscussWritten: row.to_discuss_written,
    spiralUncertainty: row.spiral_uncertainty as Record<string, boolean>,
    answersRemovedAt: row.answers_removed_at,
  };
}
