import { randomUUID } from 'node:crypto';
import type { Queryable, Tx } from '../../db/transaction.ts';
import { DEFAULT_VALUE_DIMENSIONS } from '../../domain/value-map.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { PersonActor } from '../../domain/membership.ts';

/** The network's value dimensions in their order. */
export async function valueDimensionsOf(q: Queryable, networkId: string) {
  return q.selectFrom('value_dimensions').select(['id', 'name', 'position']).where('network_id', '=', networkId).orderBy('position').orderBy('name').execute();
}

/**
 * Gives a network the default value dimensions the first time its value map is used. The seeding
 * is remembered in the audit log, so a coordinator who removed every dimension does not get the
 * defaults back.
 */
export async function ensureValueDimensions(tx: Tx, { networkId, actor, now }: { networkId: string; actor: PersonActor; now: Date }): Promise<void> {
  const any = await tx.selectFrom('value_dimensions').select('id').where('network_id', '=', networkId).limit(1).executeTakeFirst();
  if (any) return;
  // Two first uses at once take turns on the network row.
  await tx.selectFrom('networks').select('id').where('id', '=', networkId).forUpdate().executeTakeFirst();
  const seeded = await tx.selectFrom('audit_events').select('id').where('network_id', '=', networkId).where('action', '=', 'value_map.seed').limit(1).executeTakeFirst();
  if (seeded) return;
  await tx
    .insertInto('value_dimensions')
    .values(DEFAULT_VALUE_DIMENSIONS.map((name, position) => ({ id: randomUUID(), network_id: networkId, created_by: actor.userId, name, position, created_at: now })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await recordAudit(tx, actor, { networkId, action: 'value_map.seed', objectType: 'value_map', objectId: networkId, details: { dimensions: [...DEFAULT_VALUE_DIMENSIONS] } });
}
