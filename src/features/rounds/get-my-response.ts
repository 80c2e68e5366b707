import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findRound } from './round-view.ts';

/** Whether and when the caller submitted a response; never the answers. */
export async function getMyResponse(db: Kysely<DB>, networkId: string, roundId: string, userId: string) {
  await findRound(db, networkId, roundId);
  const row = await db.selectFrom('round_responses').select('submitted_at').where('round_id', '=', roundId).where('respondent_id', '=', userId).executeTakeFirst();
  const submittedAt = row?.submitted_at?.toISOString() ?? null;
  return { submitted: submittedAt !== null, submittedAt };
}
