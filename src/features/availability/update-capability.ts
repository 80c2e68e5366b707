import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { capabilityViews, requireCapability } from './availability-views.ts';
import { checkCapabilityName } from './create-capability.ts';

export interface CapabilityChanges {
  name?: string | undefined;
  description?: string | undefined;
  escalation?: string | undefined;
}

/** Renames or redescribes a capability (coordinator). */
export async function updateCapability({ db, clock }: AppDeps, { actor, membership, capabilityId, changes }: NetworkCaller & { capabilityId: string; changes: CapabilityChanges }) {
  permit(membership, 'capability.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await requireCapability(tx, networkId, capabilityId, true);
    if (changes.name !== undefined) await checkCapabilityName(tx, networkId, changes.name, capabilityId);
    const next = { name: changes.name ?? current.name, description: changes.description ?? current.description, escalation: changes.escalation ?? current.escalation };
    await tx
      .updateTable('capabilities')
      .set({ ...next, updated_at: clock.now() })
      .where('id', '=', capabilityId)
      .execute();
    const changed = Object.keys(next).filter((k) => next[k as keyof typeof next] !== current[k as keyof typeof next]);
    await recordAudit(tx, actor, { networkId, action: 'capability.update', objectType: 'capability', objectId: capabilityId, details: { name: next.name, changed } });
    return (await capabilityViews(tx, networkId, capabilityId))[0]!;
  });
}
