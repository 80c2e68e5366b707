import type { Queryable } from '../../db/transaction.ts';
import { shownScore, type ShownScore } from '../../domain/anonymity.ts';
import { dyadScores, receivedScores } from '../../domain/scores.ts';
import { closedRounds, loadRoundResponses } from '../rounds/round-answers.ts';

/**
 * The value the other partners perceive of each partner: received value V(·→B) of the last closed
 * round (DESIGN §5.2), under the anonymity rule (§5.3). No closed round: no round and no scores.
 */
export async function perceivedValue(q: Queryable, networkId: string, partnerIds: readonly string[]) {
  const rounds = await closedRounds(q, networkId);
  const last = rounds[rounds.length - 1];
  if (!last) return { round: null, perceived: new Map<string, ShownScore>() };
  const network = await q.selectFrom('networks').select('anonymity_k').where('id', '=', networkId).executeTakeFirstOrThrow();
  const responses = await loadRoundResponses(q, last.id);
  const dyads = dyadScores(responses);
  const perceived = new Map<string, ShownScore>();
  for (const partnerId of partnerIds) perceived.set(partnerId, shownScore(receivedScores(dyads, responses, partnerId).receivedValue, network.anonymity_k));
  return { round: { id: last.id, title: last.title, closedAt: last.closed_at ? last.closed_at.toISOString() : null }, perceived };
}
