import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { decisionClaimProblem, stepMoveProblem } from '../../domain/development.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, forbidden, invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockStep } from './lock-step.ts';
import { demandPresentClaimant } from './session-claim.ts';
import { findStep } from './step-view.ts';

/**
 * The caller takes an open step on, for themselves. Naming anyone else is refused with 403 —
 * for the coordinator too: people choose their own steps (DESIGN §4, §5.8). A step that serves a
 * decision is claimed with the day it will be done (`dueOn`, unless it has one already), and a step
 * of a decision taken at a session only by someone who was there (409 with the reason otherwise).
 */
export async function claimStep(
  { db, clock }: AppDeps,
  { actor, membership, stepId, claimFor, dueOn }: NetworkCaller & { stepId: string; claimFor?: string | undefined; dueOn?: string | undefined },
) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  if (claimFor !== undefined && claimFor !== actor.userId) {
    throw forbidden(stepMoveProblem({ status: 'open', claimedBy: null }, 'claimed', actor.userId, claimFor) ?? 'Nobody assigns a step to someone else');
  }
  permit(membership, 'step.write', 'Observers read along; they do not take steps on');
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const step = await lockStep(tx, networkId, stepId);
    const problem = stepMoveProblem({ status: step.status, claimedBy: step.claimed_by }, 'claimed', actor.userId, actor.userId);
    if (problem) {
      const message = step.status === 'claimed' && step.claimed_by !== actor.userId ? 'Someone else has already claimed this step' : problem;
      throw conflict(message, { current: await findStep(tx, { networkId, stepId, now }) });
    }
    const due = dueOn ?? step.due_on;
    const noDate = decisionClaimProblem(step.serves_kind, due);
    if (noDate) throw invalid(noDate, [{ path: ['dueOn'], message: noDate }]);
    await demandPresentClaimant(tx, networkId, { kind: step.serves_kind, id: step.serves_id }, { userId: actor.userId, partnerId: membership.partnerId });
    await tx
      .updateTable('steps')
      .set({ status: 'claimed', claimed_by: actor.userId, claimed_at: now, due_on: due, updated_at: now, version: step.version + 1 })
      .where('id', '=', stepId)
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'step.claim', objectType: 'step', objectId: stepId, details: { title: step.title } });
    return (await findStep(tx, { networkId, stepId, now }))!;
  });
}
