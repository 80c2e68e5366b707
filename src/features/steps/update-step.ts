import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, may, permit } from '../../domain/permissions.ts';
import { conflict, invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockStep } from './lock-step.ts';
import { findStep } from './step-view.ts';

export interface StepChanges {
  baseVersion: number;
  title?: string | undefined;
  description?: string | undefined;
  dueOn?: string | null | undefined;
}

/**
 * Changes a step's title, description or due date: the proposer while it is open, the person who
 * claimed it while it is claimed. A finished step stays as it was.
 */
export async function updateStep({ db, clock }: AppDeps, { actor, membership, stepId, changes }: NetworkCaller & { stepId: string; changes: StepChanges }) {
  // Everyone gets this far so that a missing or finished step answers the same for every role.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const step = await lockStep(tx, networkId, stepId);
    if (step.status === 'done' || step.status === 'dropped') throw conflict(`A step that is ${step.status} cannot be changed`, { current: await findStep(tx, { networkId, stepId, now }) });
    const writer = step.status === 'open' ? step.created_by : step.claimed_by;
    demand(
      may(membership, 'step.write') && writer === actor.userId,
      step.status === 'open' ? 'Only the person who proposed this step can change it while it is open' : 'Only the person who claimed this step can change it',
    );
    if (step.version !== changes.baseVersion) {
      throw conflict('The step was changed by someone else; reload and try again', { currentVersion: step.version, current: await findStep(tx, { networkId, stepId, now }) });
    }
    if (step.status === 'claimed' && changes.dueOn === null && step.serves_kind === 'decision') {
      throw invalid('A claimed step that serves a decision keeps its date', [{ path: ['dueOn'], message: 'A consequence of a decision has an owner and a date' }]);
    }
    await tx
      .updateTable('steps')
      .set({
        title: changes.title?.trim() ?? step.title,
        description: changes.description?.trim() ?? step.description,
        due_on: changes.dueOn === undefined ? step.due_on : changes.dueOn,
        updated_at: now,
        version: step.version + 1,
      })
      .where('id', '=', stepId)
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'step.update', objectType: 'step', objectId: stepId, details: { fields: Object.keys(changes).filter((k) => k !== 'baseVersion') } });
    return (await findStep(tx, { networkId, stepId, now }))!;
  });
}
