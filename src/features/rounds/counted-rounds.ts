import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { roundDisclosure } from '../../domain/disclosure.ts';

/**
 * The closed rounds that count for trends, signals, the stage and the map, oldest first: every
 * closed round except those closed on a low response that the coordinator has not included
 * (DESIGN §5.9). Each comes with the rule its scores are shown under: its disclosure mode and the
 * k frozen when it opened (§5.3).
 */
export async function countedClosedRounds(q: Queryable | Kysely<DB>, networkId: string) {
  const rows = await q
    .selectFrom('rounds')
    .innerJoin('networks', 'networks.id', 'rounds.network_id')
    .select(['rounds.id', 'rounds.title', 'rounds.opens_at', 'rounds.closes_at', 'rounds.closed_at', 'rounds.disclosure_mode', 'rounds.anonymity_k', 'networks.anonymity_k as network_k'])
    .where('rounds.network_id', '=', networkId)
    .where('rounds.status', '=', 'closed')
    .where((eb) => eb.or([eb('rounds.low_response', '=', false), eb('rounds.low_response_included', '=', true)]))
    .orderBy('rounds.closed_at', 'asc')
    .orderBy('rounds.id', 'asc')
    .execute();
  return rows.map(({ disclosure_mode, anonymity_k, network_k, ...round }) => ({ ...round, disclosure: roundDisclosure({ disclosure_mode, anonymity_k }, network_k) }));
}
