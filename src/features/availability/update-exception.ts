import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkCapabilityField, checkDateRange, findException, mayScheduleFor } from './availability-views.ts';

export interface ExceptionChanges {
  capabilityId?: string | null | undefined;
  from?: string | undefined;
  until?: string | undefined;
  reason?: string | undefined;
}

/** Changes an exception's dates, capability or reason (coordinator, or the partner's representative). */
export async function updateException({ db }: AppDeps, { actor, membership, exceptionId, changes }: NetworkCaller & { exceptionId: string; changes: ExceptionChanges }) {
  permit(membership, 'availability.schedule');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('availability_exceptions').selectAll().where('network_id', '=', networkId).where('id', '=', exceptionId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Exception not found');
    mayScheduleFor(membership, current.partner_id);
    if (changes.capabilityId) await checkCapabilityField(tx, networkId, changes.capabilityId);
    const next = {
      capability_id: changes.capabilityId === undefined ? current.capability_id : changes.capabilityId,
      from_date: changes.from ?? current.from_date,
      until_date: changes.until ?? current.until_date,
      reason: changes.reason ?? current.reason,
    };
    checkDateRange(next.from_date, next.until_date, ['from', 'until']);
    await tx.updateTable('availability_exceptions').set(next).where('id', '=', exceptionId).execute();
    await recordAudit(tx, actor, { networkId, action: 'availability_exception.update', objectType: 'availability_exception', objectId: exceptionId, details: next });
    return (await findException(tx, networkId, exceptionId))!;
  });
}
