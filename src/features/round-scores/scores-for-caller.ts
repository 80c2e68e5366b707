import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Membership } from '../../domain/membership.ts';
import { resultsForCaller, type CallerResults, type RoundScores } from '../../domain/round-results.ts';
import { conflict } from '../../errors.ts';
import { frozenRound } from './frozen-round.ts';
import { loadRoundScores } from './load-round-scores.ts';
import type { DisclosedRound } from './scored-round.ts';

/** How many submitted a round: counted, or kept with the round's frozen form once its answers go. */
async function submittedCount(db: Kysely<DB>, roundId: string): Promise<number> {
  const frozen = await frozenRound(db, roundId);
  if (frozen) return frozen.respondents;
  const submitted = await db
    .selectFrom('round_responses')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('round_id', '=', roundId)
    .where('submitted_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(submitted.n);
}

/**
 * A closed round's scores as the person looking may see them: scored once (cached) and shown under
 * the round's disclosure mode and the k frozen at opening (DESIGN §5.3). A round that is not
 * closed has no scores for anyone (409): reading them before and after one more response would
 * reveal that response. `show()` applies the rule; the raw `scores` are for adding what the rule
 * lets through (the intervals of shown scores) and for keeping the JSON text per caller, never to
 * be returned as they are.
 */
export async function roundScoresForCaller(
  db: Kysely<DB>,
  { membership, round, now }: { membership: Pick<Membership, 'role' | 'partnerId'>; round: DisclosedRound; now: Date },
): Promise<{ show: () => CallerResults; scores: RoundScores; computedAt: Date; respondents: number }> {
  if (round.status !== 'closed') throw conflict('The results can be read once the round has closed', { status: round.status });
  const [{ scores, computedAt }, respondents] = await Promise.all([loadRoundScores(db, round, now), submittedCount(db, round.id)]);
  return { show: () => resultsForCaller(scores, membership, { ...round.disclosure, respondents }), scores, computedAt, respondents };
}
