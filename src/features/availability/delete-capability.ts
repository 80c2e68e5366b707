import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { capabilityViews, requireCapability } from './availability-views.ts';

/** Deletes a capability with its requirement, slots and exceptions (coordinator); returns it as it was. */
export async function deleteCapability(db: Kysely<DB>, actor: Actor, networkId: string, capabilityId: string) {
  return inTransaction(db, async (tx) => {
    await requireCapability(tx, networkId, capabilityId, true);
    const view = (await capabilityViews(tx, networkId, capabilityId))[0]!;
    await tx.deleteFrom('capabilities').where('id', '=', capabilityId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'capability.delete',
      objectType: 'capability',
      objectId: capabilityId,
      details: { name: view.name, slots: view.slotCount },
    });
    return view;
  });
}
