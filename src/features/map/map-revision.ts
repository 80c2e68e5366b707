import type { Queryable } from '../../db/transaction.ts';

/**
 * Marks the network map as changed. Call it in the same transaction as any change to partners,
 * shared history or round results, so the cached map metrics are recomputed on the next read.
 */
export async function bumpMapRevision(q: Queryable, networkId: string): Promise<void> {
  await q
    .updateTable('networks')
    .set((eb) => ({ map_revision: eb('map_revision', '+', 1) }))
    .where('id', '=', networkId)
    .execute();
}
