import { inTransaction } from '../../db/transaction.ts';
import { mayWriteView } from '../../domain/dialogue.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findDifference } from './difference-view.ts';
import { loadDifference } from './load-difference.ts';

/**
 * Writes one involved partner's own view of a difference. Only a representative of that partner
 * writes it: nobody, the coordinator included, speaks for a partner about its own position.
 */
export async function writeDifferenceView(deps: Pick<AppDeps, 'db'>, actor: Actor & { userId: string }, membership: Membership, differenceId: string, partnerId: string, view: string) {
  const { networkId } = membership;
  return inTransaction(deps.db, async (tx) => {
    await loadDifference(tx, membership, differenceId, true);
    const party = await tx.selectFrom('difference_partners').select('view').where('difference_id', '=', differenceId).where('partner_id', '=', partnerId).executeTakeFirst();
    if (!party) throw notFound('This partner is not involved in the difference');
    if (!mayWriteView(membership, partnerId)) throw forbidden("Only a representative of this partner writes the partner's own view");
    const text = view.trim();
    await tx
      .updateTable('difference_partners')
      .set({ view: text, view_updated_by: actor.userId, view_updated_at: new Date() })
      .where('difference_id', '=', differenceId)
      .where('partner_id', '=', partnerId)
      .execute();
    await tx.updateTable('differences').set({ updated_at: new Date() }).where('id', '=', differenceId).execute();
    await recordAudit(tx, actor, { networkId, action: 'difference.view', objectType: 'difference', objectId: differenceId, details: { partnerId, length: text.length } });
    return (await findDifference(tx, networkId, differenceId))!;
  });
}
