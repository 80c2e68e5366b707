import { randomUUID } from 'node:crypto';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { capabilityViews } from './availability-views.ts';

/** 409 when another capability of the network has this name, ignoring case. */
export async function checkCapabilityName(tx: Tx, networkId: string, name: string, exceptId?: string) {
  let query = tx
    .selectFrom('capabilities')
    .select('id')
    .where('network_id', '=', networkId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw conflict(`A capability named "${name}" already exists in this network`, { field: 'name' });
}

export interface NewCapability {
  name: string;
  description?: string | undefined;
  escalation?: string | undefined;
}

/** Defines a capability of the crisis route (coordinator); names are unique per network, ignoring case. */
export async function createCapability({ db, clock }: AppDeps, { actor, membership, capability: input }: NetworkCaller & { capability: NewCapability }) {
  permit(membership, 'capability.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await checkCapabilityName(tx, networkId, input.name);
    const id = randomUUID();
    await tx
      .insertInto('capabilities')
      .values({ id, network_id: networkId, name: input.name, description: input.description ?? '', escalation: input.escalation ?? '', created_at: now, updated_at: now })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'capability.create', objectType: 'capability', objectId: id, details: { name: input.name } });
    return (await capabilityViews(tx, networkId, id))[0]!;
  });
}
