import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkCapabilityField, checkDateRange, checkPartnerField, findException } from './availability-views.ts';

export interface NewException {
  partnerId: string;
  capabilityId?: string | null | undefined;
  from: string;
  until: string;
  reason: string;
}

/**
 * Records that a partner is not available on a range of dates (a holiday, a closure), for one
 * capability or all of them: the coordinator for any partner, a representative for their own.
 */
export async function createException({ db, clock }: AppDeps, { actor, membership, exception: input }: NetworkCaller & { exception: NewException }) {
  permit(membership, 'availability.schedule');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const partner = await checkPartnerField(tx, membership, input.partnerId);
    const capability = input.capabilityId ? await checkCapabilityField(tx, networkId, input.capabilityId) : null;
    checkDateRange(input.from, input.until, ['from', 'until']);
    const id = randomUUID();
    await tx
      .insertInto('availability_exceptions')
      .values({
        id,
        network_id: networkId,
        partner_id: partner.id,
        capability_id: capability?.id ?? null,
        from_date: input.from,
        until_date: input.until,
        reason: input.reason,
        created_by: actor.userId,
        created_at: now,
      })
      .execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'availability_exception.create',
      objectType: 'availability_exception',
      objectId: id,
      details: { partner: partner.name, capability: capability?.name ?? null, from: input.from, until: input.until, reason: input.reason },
    });
    return (await findException(tx, networkId, id))!;
  });
}
