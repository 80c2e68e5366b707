import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { stepMoveProblem } from '../../domain/development.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockStep } from './lock-step.ts';
import { findStep } from './step-view.ts';

/**
 * Finishes (done), drops or releases (open) a step. A claimed step is moved only by the person
 * who claimed it; an open step that nobody took on can be dropped by its proposer or the coordinator.
 */
export async function moveStep(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, stepId: string, to: 'done' | 'dropped' | 'open') {
  const { networkId } = membership;
  if (membership.role === 'observer') throw forbidden('Observers read along; they do not change steps');
  return inTransaction(db, async (tx) => {
    const step = await lockStep(tx, networkId, stepId);
    if (step.status === 'claimed' && step.claimed_by !== actor.userId) throw forbidden('Only the person who claimed this step can change it');
    if (step.status === 'open' && to === 'dropped' && step.created_by !== actor.userId && membership.role !== 'coordinator') {
      throw forbidden('Only the person who proposed this step, or the coordinator, can drop it while nobody has claimed it');
    }
    const problem = stepMoveProblem({ status: step.status, claimedBy: step.claimed_by }, to, actor.userId);
    if (problem) throw conflict(problem, { current: await findStep(tx, networkId, stepId) });
    const now = new Date();
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
    return (await findStep(tx, networkId, stepId))!;
  });
}
