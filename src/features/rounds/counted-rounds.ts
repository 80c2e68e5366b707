import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';

/**
 * The closed rounds that count for trends, signals, the stage and the map, oldest first: every
 * closed round except those closed on a low response that the coordinator has not included
 * (DESIGN §5.9).
 */
export async function countedClosedRounds(q: Queryable | Kysely<DB>, networkId: string) {
  return q
    .selectFrom('rounds')
    .select(['id', 'title', 'opens_at', 'closes_at', 'closed_at'])
    .where('network_id', '=', networkId)
    .where('status', '=', 'closed')
    .where((eb) => eb.or([eb('low_response', '=', false), eb('low_response_included', '=', true)]))
    .orderBy('closed_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}
