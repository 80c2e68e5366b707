import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireCapability, toRequirementView } from './availability-views.ts';

/** Removes a capability's requirement (coordinator); returns it as it was. */
export async function deleteRequirement({ db }: AppDeps, { actor, membership, capabilityId }: NetworkCaller & { capabilityId: string }) {
  permit(membership, 'capability.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const capability = await requireCapability(tx, networkId, capabilityId, true);
    const row = await tx.selectFrom('requirements').selectAll().where('capability_id', '=', capabilityId).executeTakeFirst();
    if (!row) throw notFound('This capability has no requirement');
    await tx.deleteFrom('requirements').where('id', '=', row.id).execute();
    await recordAudit(tx, actor, { networkId, action: 'requirement.delete', objectType: 'capability', objectId: capabilityId, details: { capability: capability.name } });
    return toRequirementView(row);
  });
}
