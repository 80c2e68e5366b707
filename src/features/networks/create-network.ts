import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toNetworkView } from './network-view.ts';

export interface NewNetwork {
  name: string;
  description?: string | undefined;
}

/** Creates a network; its creator becomes its coordinator (ketenregisseur). */
export async function createNetwork({ db, clock }: AppDeps, { actor, network: input }: { actor: PersonActor; network: NewNetwork }) {
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const id = randomUUID();
    const network = await tx
      .insertInto('networks')
      .values({ id, name: input.name.trim(), description: input.description?.trim() ?? '', created_by: actor.userId, created_at: now, updated_at: now, anonymity_k: 3, version: 1 })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.insertInto('network_members').values({ id: randomUUID(), network_id: id, user_id: actor.userId, role: 'coordinator', partner_id: null, created_at: now }).execute();
    await recordAudit(tx, actor, { networkId: id, action: 'network.create', objectType: 'network', objectId: id, details: { name: network.name } });
    return toNetworkView(network, 'coordinator');
  });
}
