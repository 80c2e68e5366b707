import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkCapabilityField, checkDateRange, checkPartnerField, findSlot } from './availability-views.ts';

export interface NewSlot {
  capabilityId: string;
  partnerId: string;
  weekday: number;
  start: string;
  end: string;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  priority?: number | undefined;
  contact: string;
}

/**
 * Adds a weekly slot in Europe/Amsterdam wall-clock time (an end at or before the start runs past
 * midnight): the coordinator for any partner, a representative for their own partner only.
 */
export async function createSlot({ db, clock }: AppDeps, { actor, membership, slot: input }: NetworkCaller & { slot: NewSlot }) {
  permit(membership, 'availability.schedule');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const partner = await checkPartnerField(tx, membership, input.partnerId);
    const capability = await checkCapabilityField(tx, networkId, input.capabilityId);
    const validFrom = input.validFrom ?? null;
    const validUntil = input.validUntil ?? null;
    checkDateRange(validFrom, validUntil, ['validFrom', 'validUntil']);
    const id = randomUUID();
    await tx
      .insertInto('availability_slots')
      .values({
        id,
        network_id: networkId,
        partner_id: partner.id,
        capability_id: capability.id,
        weekday: input.weekday,
        start_time: input.start,
        end_time: input.end,
        valid_from: validFrom,
        valid_until: validUntil,
        priority: input.priority ?? 1,
        contact: input.contact,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'availability_slot.create',
      objectType: 'availability_slot',
      objectId: id,
      details: { partner: partner.name, capability: capability.name, weekday: input.weekday, start: input.start, end: input.end },
    });
    return (await findSlot(tx, networkId, id))!;
  });
}
