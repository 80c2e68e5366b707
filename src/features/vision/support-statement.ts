import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findStatement } from './statement-view.ts';

/** A representative supports a vision statement on behalf of their partner, or withdraws that support; twice changes nothing. */
export async function supportStatement({ db, clock }: AppDeps, { actor, membership, statementId, support }: NetworkCaller & { statementId: string; support: boolean }) {
  permit(membership, 'statement.support');
  const { networkId } = membership;
  const partnerId = partnerSpokenFor(membership);
  return inTransaction(db, async (tx) => {
    const row = await tx.selectFrom('vision_statements').select('id').where('id', '=', statementId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!row) throw notFound('Statement not found');
    demand(partnerId !== null, 'A representative supports a statement on behalf of their partner');
    if (support) {
      const added = await tx
        .insertInto('vision_supports')
        .values({ network_id: networkId, vision_statement_id: statementId, partner_id: partnerId, supported_by: actor.userId, created_at: clock.now() })
        .onConflict((oc) => oc.columns(['vision_statement_id', 'partner_id']).doNothing())
        .executeTakeFirst();
      if (Number(added.numInsertedOrUpdatedRows ?? 0) > 0) {
        await recordAudit(tx, actor, { networkId, action: 'vision_statement.support', objectType: 'vision_statement', objectId: statementId, details: { partnerId } });
      }
    } else {
      const removed = await tx.deleteFrom('vision_supports').where('vision_statement_id', '=', statementId).where('partner_id', '=', partnerId).executeTakeFirst();
      if (Number(removed.numDeletedRows) > 0) {
        await recordAudit(tx, actor, { networkId, action: 'vision_statement.unsupport', objectType: 'vision_statement', objectId: statementId, details: { partnerId } });
      }
    }
    return (await findStatement(tx, networkId, statementId))!;
  });
}
