import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import type { RaciLetter } from '../../domain/raci.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkTask } from './check-task.ts';
import { findTask } from './task-view.ts';

export interface TaskChanges {
  baseVersion: number;
  title?: string | undefined;
  description?: string | undefined;
  agreementId?: string | null | undefined;
  assignments?: { partnerId: string; letter: RaciLetter }[] | undefined;
}

/** Changes a task; new letters replace all old ones. A stale baseVersion gets 409 with the current task. */
export async function updateTask({ db, clock }: AppDeps, { actor, membership, taskId, changes }: NetworkCaller & { taskId: string; changes: TaskChanges }) {
  permit(membership, 'task.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('tasks').selectAll().where('id', '=', taskId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Task not found');
    if (current.version !== changes.baseVersion) {
      throw conflict('The task was changed by someone else; reload and try again', { currentVersion: current.version, current: await findTask(tx, networkId, taskId) });
    }
    await checkTask(tx, networkId, changes);
    const title = changes.title?.trim() ?? current.title;
    await tx
      .updateTable('tasks')
      .set({
        title,
        description: changes.description?.trim() ?? current.description,
        agreement_id: changes.agreementId === undefined ? current.agreement_id : changes.agreementId,
        updated_at: clock.now(),
        version: current.version + 1,
      })
      .where('id', '=', taskId)
      .execute();
    if (changes.assignments) {
      await tx.deleteFrom('task_assignments').where('task_id', '=', taskId).execute();
      await tx
        .insertInto('task_assignments')
        .values(changes.assignments.map((a) => ({ network_id: networkId, task_id: taskId, partner_id: a.partnerId, letter: a.letter })))
        .execute();
    }
    await recordAudit(tx, actor, { networkId, action: 'task.update', objectType: 'task', objectId: taskId, details: { title, assignments: changes.assignments ?? null } });
    return (await findTask(tx, networkId, taskId))!;
  });
}
