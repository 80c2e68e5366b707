import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { stepMoveProblem } from '../../domain/development.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, mayEditOwnWork, permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockStep } from './lock-step.ts';
import { findStep } from './step-view.ts';

/**
 * Finishes (done), drops or releases (open) a step. A claimed step is moved only by the person
 * who claimed it; an open step that nobody took on can be dropped by its proposer or the coordinator.
 */
export async function moveStep({ db, clock }: AppDeps, { actor, membership, stepId, to }: NetworkCaller & { stepId: string; to: 'done' | 'dropped' | 'open' }) {
  permit(membership, 'step.write', 'Observers read along; they do not change steps');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const step = await lockStep(tx, networkId, stepId);
    demand(step.status !== 'claimed' || step.claimed_by === actor.userId, 'Only the person who claimed this step can change it');
    if (step.status === 'open' && to === 'dropped') {
      demand(mayEditOwnWork(membership, actor.userId, step.created_by), 'Only the person who proposed this step, or the coordinator, can drop it while nobody has claimed it');
    }
    const problem = stepMoveProblem({ status: step.status, claimedBy: step.claimed_by }, to, actor.userId);
    if (problem) throw conflict(problem, { current: await findStep(tx, { networkId, stepId, now }) });
    const released = to === 'open';
    await tx
      .updateTable('steps')
      .set({
        status: to,
        claimed_by: released ? null : step.claimed_by,
        claimed_at: released ? null : step.claimed_at,
        finished_at: released ? null : now,
        updated_at: now,
        version: step.version + 1,
      })
      .where('id', '=', stepId)
      .execute();
    await recordAudit(tx, actor, { networkId, action: `step.${released ? 'release' : to}`, objectType: 'step', objectId: stepId, details: { title: step.title, from: step.status } });
    return (await findStep(tx, { networkId, stepId, now }))!;
  });
}
