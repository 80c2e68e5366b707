import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { WeeklyWindow } from '../../domain/coverage.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireCapability, toRequirementView } from './availability-views.ts';

/** Sets what a capability needs: weekly windows (null = around the clock) and a minimum of partners (coordinator). */
export async function saveRequirement(
  { db, clock }: AppDeps,
  { actor, membership, capabilityId, requirement: input }: NetworkCaller & { capabilityId: string; requirement: { windows: WeeklyWindow[] | null; minPartners: number } },
) {
  permit(membership, 'capability.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const capability = await requireCapability(tx, networkId, capabilityId, true);
    const windows = input.windows === null ? null : JSON.stringify(input.windows.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end })));
    const existing = await tx.selectFrom('requirements').select('id').where('capability_id', '=', capabilityId).executeTakeFirst();
    if (existing) {
      await tx.updateTable('requirements').set({ windows, min_partners: input.minPartners, updated_at: now }).where('id', '=', existing.id).execute();
    } else {
      await tx.insertInto('requirements').values({ id: randomUUID(), network_id: networkId, capability_id: capabilityId, windows, min_partners: input.minPartners, created_at: now, updated_at: now }).execute();
    }
    await recordAudit(tx, actor, {
      networkId,
      action: 'requirement.save',
      objectType: 'capability',
      objectId: capabilityId,
      details: { capability: capability.name, aroundTheClock: input.windows === null, windows: input.windows?.length ?? 0, minPartners: input.minPartners },
    });
    const row = await tx.selectFrom('requirements').selectAll().where('capability_id', '=', capabilityId).executeTakeFirstOrThrow();
    return toRequirementView(row);
  });
}
