import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForPartner, demand, permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { beginHistoryConfirmation } from './history-changes.ts';
import { historyConfirmationStatuses } from './history-confirmation-view.ts';

export interface ConfirmHistoryOptions extends NetworkCaller {
  partnerId: string;
  /** true confirms the overview, false withdraws the confirmation. */
  confirmed: boolean;
}

/**
 * A partner confirms "this overview of our shared history is complete" (also when it shares no
 * history with anyone), or withdraws that. Its representatives and the coordinator may do so.
 */
export async function confirmHistory({ db }: AppDeps, { actor, membership, partnerId, confirmed }: ConfirmHistoryOptions) {
  permit(membership, 'history.confirm');
  demand(actsForPartner(membership, partnerId), "Only the partner's representatives and the coordinator can confirm its history");
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const partner = await tx.selectFrom('partners').select(['id', 'name']).where('id', '=', partnerId).where('network_id', '=', networkId).executeTakeFirst();
    if (!partner) throw notFound('Partner not found');
    if (confirmed) {
      const confirmedAt = await beginHistoryConfirmation(tx, networkId, partnerId);
      await tx
        .insertInto('history_confirmations')
        .values({ partner_id: partnerId, network_id: networkId, confirmed_by: actor.userId, confirmed_at: confirmedAt })
        .onConflict((oc) => oc.column('partner_id').doUpdateSet({ confirmed_by: actor.userId, confirmed_at: confirmedAt }))
        .execute();
    } else {
      await tx.deleteFrom('history_confirmations').where('partner_id', '=', partnerId).where('network_id', '=', networkId).execute();
    }
    await recordAudit(tx, actor, {
      networkId,
      action: confirmed ? 'history.confirm' : 'history.unconfirm',
      objectType: 'partner',
      objectId: partnerId,
      details: { name: partner.name },
    });
    const [status] = await historyConfirmationStatuses(tx, networkId, [partner]);
    return status!;
  });
}
