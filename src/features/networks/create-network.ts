import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { demand, mayStartNetwork } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toNetworkView } from './network-view.ts';

export interface NewNetwork {
  name: string;
  description?: string | undefined;
}

/** Whether the person may start a network: the administrator, or someone who coordinates one. */
export async function personMayStartNetwork(db: AppDeps['db'], userId: string): Promise<boolean> {
  const [admin, roles] = await Promise.all([
    db.selectFrom('instance_admins').select('user_id').where('user_id', '=', userId).executeTakeFirst(),
    db.selectFrom('network_members').select('role').where('user_id', '=', userId).execute(),
  ]);
  return mayStartNetwork({ isAdmin: admin !== undefined, roles });
}

/** Creates a network; its creator becomes its coordinator (ketenregisseur). */
export async function createNetwork({ db, clock }: AppDeps, { actor, network: input }: { actor: PersonActor; network: NewNetwork }) {
  demand(await personMayStartNetwork(db, actor.userId), 'Only the administrator or a coordinator starts a network');
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
