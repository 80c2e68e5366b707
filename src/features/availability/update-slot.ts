import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkDateRange, findSlot, mayScheduleFor } from './availability-views.ts';

export interface SlotChanges {
  weekday?: number | undefined;
  start?: string | undefined;
  end?: string | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  priority?: number | undefined;
  contact?: string | undefined;
}

/** Changes a slot's time, validity, priority or contact route (coordinator, or the partner's representative). */
export async function updateSlot({ db, clock }: AppDeps, { actor, membership, slotId, changes }: NetworkCaller & { slotId: string; changes: SlotChanges }) {
  permit(membership, 'availability.schedule');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('availability_slots').selectAll().where('network_id', '=', networkId).where('id', '=', slotId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Slot not found');
    mayScheduleFor(membership, current.partner_id);
    const next = {
      weekday: changes.weekday ?? current.weekday,
      start_time: changes.start ?? current.start_time,
      end_time: changes.end ?? current.end_time,
      valid_from: changes.validFrom === undefined ? current.valid_from : changes.validFrom,
      valid_until: changes.validUntil === undefined ? current.valid_until : changes.validUntil,
      priority: changes.priority ?? current.priority,
      contact: changes.contact ?? current.contact,
    };
    checkDateRange(next.valid_from, next.valid_until, ['validFrom', 'validUntil']);
    await tx.updateTable('availability_slots').set({ ...next, updated_at: clock.now() }).where('id', '=', slotId).execute();
    const changed = Object.keys(next).filter((k) => next[k as keyof typeof next] !== current[k as keyof typeof next]);
    await recordAudit(tx, actor, { networkId, action: 'availability_slot.update', objectType: 'availability_slot', objectId: slotId, details: { changed, ...next } });
    return (await findSlot(tx, networkId, slotId))!;
  });
}
