import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { historyMatrix } from '../../domain/shared-history.ts';
import { loadHistoryFacts, loadPartnersByName } from './history-facts.ts';

/** Which partners already know each other from shared history: the partners and, per pair, the entries' count and outcomes. */
export async function getHistoryMatrix(db: Kysely<DB>, networkId: string) {
  const [partners, facts] = await Promise.all([loadPartnersByName(db, networkId), loadHistoryFacts(db, networkId)]);
  const matrix = historyMatrix(
    partners.map((p) => p.id),
    facts,
  );
  return { partners, pairs: matrix.pairs };
}
