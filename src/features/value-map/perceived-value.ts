import type { Queryable } from '../../db/transaction.ts';
import { shownScore, type ShownScore } from '../../domain/anonymity.ts';
import { loadClosedRoundScores } from '../round-scores/closed-round-scores.ts';

/**
 * The value the other partners perceive of each partner: received value V(·→B) of the last closed
 * round (DESIGN §5.2), from the round's scores (round-scores/) under that round's frozen k (§5.3).
 * No closed round: no round and no scores. `now` stamps scores computed afresh.
 */
export async function perceivedValue(q: Queryable, networkId: string, partnerIds: readonly string[], now: Date) {
  const [last] = await loadClosedRoundScores(q, networkId, now, { lastOnly: true });
  if (!last) return { round: null, perceived: new Map<string, ShownScore>() };
  const perceived = new Map<string, ShownScore>();
  for (const partnerId of partnerIds) perceived.set(partnerId, shownScore(last.receivedValue.get(partnerId) ?? { value: null, respondents: 0, items: 0 }, last.disclosure.k));
  return { round: { id: last.round.id, title: last.round.title, closedAt: last.round.closedAt ? last.round.closedAt.toISOString() : null }, perceived };
}
