import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import { differenceMoveProblem, type DifferenceStatus } from '../../domain/development.ts';
import { conflict, invalid } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForAnyPartner, demand, permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { noticeDifferenceMoved } from './difference-notices.ts';
import { findDifference, statusHistoryOf } from './difference-view.ts';
import { loadDifference, partnerIdsOf } from './load-difference.ts';

export interface DifferenceMove {
  to: DifferenceStatus;
  note?: string | undefined;
  resolvingAgreementId?: string | undefined;
}

/**
 * Moves a difference one step along named → explored → discussed → resolved or accepted (the
 * coordinator, or a representative of an involved partner). A resolution names an agreement of
 * this network. The change is kept in the difference's history and the involved partners'
 * representatives hear of it.
 */
export async function moveDifference(deps: AppDeps, { actor, membership, differenceId, move }: NetworkCaller & { differenceId: string; move: DifferenceMove }) {
  permit(membership, 'difference.write');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const current = await loadDifference(tx, membership, differenceId, true);
    const partnerIds = await partnerIdsOf(tx, differenceId);
    demand(actsForAnyPartner(membership, partnerIds), 'Only the coordinator or a representative of an involved partner moves a difference along');
    if (current.draft) throw conflict('Publish the draft before moving it along');
    if (move.resolvingAgreementId && move.to !== 'resolved') {
      throw invalid('Only a resolution names an agreement', [{ path: ['resolvingAgreementId'], message: 'Only with to = resolved' }]);
    }
    const from = current.status;
    const problem = differenceMoveProblem(from, move.to, move.resolvingAgreementId);
    if (problem) {
      if (move.to === 'resolved' && !move.resolvingAgreementId) throw invalid(problem, [{ path: ['resolvingAgreementId'], message: problem }]);
      throw conflict(problem, { status: from });
    }
    if (move.resolvingAgreementId) {
      const agreement = await tx.selectFrom('agreements').select('id').where('id', '=', move.resolvingAgreementId).where('network_id', '=', networkId).executeTakeFirst();
      if (!agreement) throw invalid('The agreement is not part of this network', [{ path: ['resolvingAgreementId'], message: 'Unknown agreement' }]);
    }
    const note = move.note?.trim() ?? '';
    await tx
      .updateTable('differences')
      .set({ status: move.to, resolved_by_agreement_id: move.resolvingAgreementId ?? null, updated_at: now, version: current.version + 1 })
      .where('id', '=', differenceId)
      .execute();
    await tx
      .insertInto('difference_status_changes')
      .values({ id: randomUUID(), network_id: networkId, created_by: actor.userId, difference_id: differenceId, from_status: from, to_status: move.to, note, created_at: now })
      .execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'difference.status',
      objectType: 'difference',
      objectId: differenceId,
      details: { from, to: move.to, ...(note ? { note } : {}), ...(move.resolvingAgreementId ? { resolvingAgreementId: move.resolvingAgreementId } : {}) },
    });
    await noticeDifferenceMoved(tx, deps, { networkId, differenceId, topic: current.topic, partnerIds, to: move.to, note, actorId: actor.userId });
    const difference = (await findDifference(tx, networkId, differenceId))!;
    return { ...difference, history: await statusHistoryOf(tx, networkId, differenceId) };
  });
}
