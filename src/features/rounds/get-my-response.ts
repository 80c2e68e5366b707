import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findRound } from './round-view.ts';

/** Whether and when the caller submitted a response; never the answers. */
export async function getMyResponse({ db }: AppDeps, { actor, membership, roundId }: NetworkCaller & { roundId: string }) {
  permit(membership, 'network.read');
  await findRound(db, membership.networkId, roundId);
  const row = await db.selectFrom('round_responses').select('submitted_at').where('round_id', '=', roundId).where('respondent_id', '=', actor.userId).executeTakeFirst();
  const submittedAt = row?.submitted_at?.toISOString() ?? null;
  return { submitted: submittedAt !== null, submittedAt };
}
