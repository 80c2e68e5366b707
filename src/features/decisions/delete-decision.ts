import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findDecision } from './decision-view.ts';

/**
 * Deletes a decision (coordinator) and returns it as it was. The steps people claimed for it stay
 * theirs: they no longer serve anything, so nobody's work disappears with the decision.
 */
export async function deleteDecision({ db }: AppDeps, { actor, membership, decisionId }: NetworkCaller & { decisionId: string }) {
  permit(membership, 'decision.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const locked = await tx.selectFrom('decisions').select('id').where('id', '=', decisionId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!locked) throw notFound('Decision not found');
    const decision = (await findDecision(tx, networkId, decisionId))!;
    await tx
      .updateTable('steps')
      .set({ serves_kind: null, serves_id: null })
      .where('network_id', '=', networkId)
      .where('serves_kind', '=', 'decision')
      .where('serves_id', '=', decisionId)
      .execute();
    await tx.deleteFrom('decisions').where('id', '=', decisionId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'decision.delete',
      objectType: 'decision',
      objectId: decisionId,
      details: { title: decision.title, sessionId: decision.session?.id ?? null, detachedSteps: decision.consequences.map((c) => c.id) },
    });
    return decision;
  });
}
