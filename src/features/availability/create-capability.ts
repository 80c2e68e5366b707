import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
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

/** Defines a capability of the crisis route (coordinator); names are unique per network, ignoring case. */
export async function createCapability(db: Kysely<DB>, actor: Actor, networkId: string, input: { name: string; description?: string | undefined; escalation?: string | undefined }) {
  return inTransaction(db, async (tx) => {
    await checkCapabilityName(tx, networkId, input.name);
    const id = randomUUID();
    await tx
      .insertInto('capabilities')
      .values({ id, network_id: networkId, name: input.name, description: input.description ?? '', escalation: input.escalation ?? '' })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'capability.create', objectType: 'capability', objectId: id, details: { name: input.name } });
    return (await capabilityViews(tx, networkId, id))[0]!;
  });
}
