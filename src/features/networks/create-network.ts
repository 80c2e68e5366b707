import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { toNetworkView } from './network-view.ts';

/** Creates a network; its creator becomes its coordinator (ketenregisseur). */
export async function createNetwork(db: Kysely<DB>, actor: Actor & { userId: string }, input: { name: string; description?: string | undefined }) {
  return inTransaction(db, async (tx) => {
    const id = randomUUID();
    const network = await tx
      .insertInto('networks')
      .values({ id, name: input.name.trim(), description: input.description?.trim() ?? '', created_by: actor.userId, updated_at: new Date(), anonymity_k: 3, version: 1 })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.insertInto('network_members').values({ id: randomUUID(), network_id: id, user_id: actor.userId, role: 'coordinator', partner_id: null }).execute();
    await recordAudit(tx, actor, { networkId: id, action: 'network.create', objectType: 'network', objectId: id, details: { name: network.name } });
    return toNetworkView(network, 'coordinator');
  });
}
