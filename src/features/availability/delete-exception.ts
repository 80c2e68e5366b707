import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findException, mayScheduleFor } from './availability-views.ts';

/** Deletes an exception (coordinator, or the partner's representative) and returns it as it was. */
export async function deleteException({ db }: AppDeps, { actor, membership, exceptionId }: NetworkCaller & { exceptionId: string }) {
  permit(membership, 'availability.schedule');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const locked = await tx.selectFrom('availability_exceptions').select('id').where('network_id', '=', networkId).where('id', '=', exceptionId).forUpdate().executeTakeFirst();
    if (!locked) throw notFound('Exception not found');
    const exception = (await findException(tx, networkId, exceptionId))!;
    mayScheduleFor(membership, exception.partner.id);
    await tx.deleteFrom('availability_exceptions').where('id', '=', exceptionId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'availability_exception.delete',
      objectType: 'availability_exception',
      objectId: exceptionId,
      details: { partner: exception.partner.name, from: exception.from, until: exception.until },
    });
    return exception;
  });
}
