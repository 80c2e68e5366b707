import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { partnerSpokenFor } from '../../domain/dialogue.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findStatement } from './statement-view.ts';

/** A representative supports a vision statement on behalf of their partner, or withdraws that support; twice changes nothing. */
export async function supportStatement(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, statementId: string, support: boolean) {
  const { networkId } = membership;
  const partnerId = partnerSpokenFor(membership);
  return inTransaction(db, async (tx) => {
    const row = await tx.selectFrom('vision_statements').select('id').where('id', '=', statementId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!row) throw notFound('Statement not found');
    if (!partnerId) throw forbidden('A representative supports a statement on behalf of their partner');
    if (support) {
      const added = await tx
        .insertInto('vision_supports')
        .values({ network_id: networkId, vision_statement_id: statementId, partner_id: partnerId, supported_by: actor.userId })
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
