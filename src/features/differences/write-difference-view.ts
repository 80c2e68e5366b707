import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, permit, speaksFor } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findDifference } from './difference-view.ts';
import { loadDifference } from './load-difference.ts';

export interface WriteDifferenceViewOptions extends NetworkCaller {
  differenceId: string;
  partnerId: string;
  /** The partner's own view, in its own words. */
  view: string;
}

/**
 * Writes one involved partner's own view of a difference. Only a representative of that partner
 * writes it: nobody, the coordinator included, speaks for a partner about its own position.
 */
export async function writeDifferenceView({ db, clock }: AppDeps, { actor, membership, differenceId, partnerId, view }: WriteDifferenceViewOptions) {
  // Everyone gets this far so that a difference they cannot see, or a partner not in it, is a 404.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await loadDifference(tx, membership, differenceId, true);
    const party = await tx.selectFrom('difference_partners').select('view').where('difference_id', '=', differenceId).where('partner_id', '=', partnerId).executeTakeFirst();
    if (!party) throw notFound('This partner is not involved in the difference');
    demand(speaksFor(membership, partnerId), "Only a representative of this partner writes the partner's own view");
    const text = view.trim();
    await tx
      .updateTable('difference_partners')
      .set({ view: text, view_updated_by: actor.userId, view_updated_at: now })
      .where('difference_id', '=', differenceId)
      .where('partner_id', '=', partnerId)
      .execute();
    await tx.updateTable('differences').set({ updated_at: now }).where('id', '=', differenceId).execute();
    await recordAudit(tx, actor, { networkId, action: 'difference.view', objectType: 'difference', objectId: differenceId, details: { partnerId, length: text.length } });
    return (await findDifference(tx, networkId, differenceId))!;
  });
}
