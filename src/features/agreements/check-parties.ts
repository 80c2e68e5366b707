import type { Queryable } from '../../db/transaction.ts';
import { invalid } from '../../errors.ts';

/** The distinct chosen parties, each a partner of this network (400 otherwise); null means all partners. */
export async function checkParties(q: Queryable, networkId: string, partyIds: string[] | null | undefined): Promise<string[] | null> {
  if (partyIds === null || partyIds === undefined) return null;
  const ids = [...new Set(partyIds.map((id) => id.toLowerCase()))];
  const found = await q.selectFrom('partners').select('id').where('network_id', '=', networkId).where('id', 'in', ids).execute();
  const unknown = ids.filter((id) => !found.some((f) => f.id === id));
  if (unknown.length > 0) throw invalid('Every party must be a partner of this network', unknown.map((id) => ({ path: ['partyIds'], message: `Unknown partner ${id}` })));
  return ids;
}

/** A review date must not lie before `today`, the Dutch calendar day (`dutchToday(now)`). */
export function checkReviewDate(reviewOn: string | null | undefined, today: string): void {
  if (reviewOn && reviewOn < today) throw invalid('The review date has passed', [{ path: ['reviewOn'], message: 'Choose today or a later date' }]);
}
