import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findDecision } from './decision-view.ts';

export interface DecisionChanges {
  baseVersion: number;
  title?: string | undefined;
  description?: string | undefined;
}

/** Changes a decision's title or description (coordinator); a stale baseVersion gets 409 with the current decision. */
export async function updateDecision({ db, clock }: AppDeps, { actor, membership, decisionId, changes }: NetworkCaller & { decisionId: string; changes: DecisionChanges }) {
  permit(membership, 'decision.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('decisions').selectAll().where('id', '=', decisionId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Decision not found');
    if (current.version !== changes.baseVersion) {
      throw conflict('The decision was changed by someone else; reload and try again', {
        currentVersion: current.version,
        current: await findDecision(tx, networkId, decisionId),
      });
    }
    const title = changes.title?.trim() ?? current.title;
    const description = changes.description?.trim() ?? current.description;
    await tx
      .updateTable('decisions')
      .set({ title, description, version: current.version + 1, updated_at: now })
      .where('id', '=', decisionId)
      .execute();
    const changed = [title !== current.title && 'title', description !== current.description && 'description'].filter(Boolean);
    await recordAudit(tx, actor, { networkId, action: 'decision.update', objectType: 'decision', objectId: decisionId, details: { title, changed } });
    return (await findDecision(tx, networkId, decisionId))!;
  });
}
