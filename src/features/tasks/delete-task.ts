import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Removes a task and its letters from the task division. */
export async function deleteTask({ db }: AppDeps, { actor, membership, taskId }: NetworkCaller & { taskId: string }): Promise<void> {
  permit(membership, 'task.manage');
  const { networkId } = membership;
  await inTransaction(db, async (tx) => {
    const task = await tx.selectFrom('tasks').select(['id', 'title']).where('id', '=', taskId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!task) throw notFound('Task not found');
    await tx.deleteFrom('tasks').where('id', '=', taskId).execute();
    await recordAudit(tx, actor, { networkId, action: 'task.delete', objectType: 'task', objectId: taskId, details: { title: task.title } });
  });
}
