import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findSlot, mayScheduleFor } from './availability-views.ts';

/** Deletes a slot (coordinator, or the partner's representative) and returns it as it was. */
export async function deleteSlot({ db }: AppDeps, { actor, membership, slotId }: NetworkCaller & { slotId: string }) {
  permit(membership, 'availability.schedule');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const locked = await tx.selectFrom('availability_slots').select('id').where('network_id', '=', networkId).where('id', '=', slotId).forUpdate().executeTakeFirst();
    if (!locked) throw notFound('Slot not found');
    const slot = (await findSlot(tx, networkId, slotId))!;
    mayScheduleFor(membership, slot.partner.id);
    await tx.deleteFrom('availability_slots').where('id', '=', slotId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'availability_slot.delete',
      objectType: 'availability_slot',
      objectId: slotId,
      details: { partner: slot.partner.name, weekday: slot.weekday, start: slot.start, end: slot.end },
    });
    return slot;
  });
}
