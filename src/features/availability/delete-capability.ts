import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { capabilityViews, requireCapability } from './availability-views.ts';

/** Deletes a capability with its requirement, slots and exceptions (coordinator); returns it as it was. */
export async function deleteCapability({ db }: AppDeps, { actor, membership, capabilityId }: NetworkCaller & { capabilityId: string }) {
  permit(membership, 'capability.manage');
  const { networkId } = membership;
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
