import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { networkMap } from '../../domain/network-map.ts';
import { loadHistoryFacts, loadPartnersByName } from '../history/history-facts.ts';

/**
 * Computes the network map from one consistent snapshot of the network: its map revision, its
 * partners and its shared history. Working ties wait for reflection rounds (`null` until then).
 */
export async function computeNetworkMap(db: Kysely<DB>, networkId: string) {
  const snapshot = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const { map_revision: revision } = await tx.selectFrom('networks').select('map_revision').where('id', '=', networkId).executeTakeFirstOrThrow();
      const partners = await loadPartnersByName(tx, networkId);
      const facts = await loadHistoryFacts(tx, networkId);
      return { revision, partners, facts };
    });
  const map = networkMap(snapshot.partners, snapshot.facts, null);
  return { revision: snapshot.revision, ...map };
}
