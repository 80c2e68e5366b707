import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';

/** Removes a task and its letters from the task division. */
export async function deleteTask(db: Kysely<DB>, actor: Actor, networkId: string, taskId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const task = await tx.selectFrom('tasks').select(['id', 'title']).where('id', '=', taskId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!task) throw notFound('Task not found');
    await tx.deleteFrom('tasks').where('id', '=', taskId).execute();
    await recordAudit(tx, actor, { networkId, action: 'task.delete', objectType: 'task', objectId: taskId, details: { title: task.title } });
  });
}
