import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import type { RaciLetter } from '../../domain/raci.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkTask } from './check-task.ts';
import { findTask } from './task-view.ts';

export interface NewTask {
  title: string;
  description?: string | undefined;
  agreementId?: string | null | undefined;
  assignments: { partnerId: string; letter: RaciLetter }[];
}

/** Adds a task to the task division with a RACI letter per partner; exactly one is accountable. */
export async function createTask({ db, clock }: AppDeps, { actor, membership, task: input }: NetworkCaller & { task: NewTask }) {
  permit(membership, 'task.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await checkTask(tx, networkId, input);
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('tasks')
      .values({ id, network_id: networkId, title, description: input.description?.trim() ?? '', agreement_id: input.agreementId ?? null, created_by: actor.userId, created_at: now, updated_at: now })
      .execute();
    await tx
      .insertInto('task_assignments')
      .values(input.assignments.map((a) => ({ network_id: networkId, task_id: id, partner_id: a.partnerId, letter: a.letter })))
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'task.create', objectType: 'task', objectId: id, details: { title, assignments: input.assignments } });
    return (await findTask(tx, networkId, id))!;
  });
}
