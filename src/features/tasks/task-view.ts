import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { RaciLetter } from '../../domain/raci.ts';

type TaskRow = { id: string; title: string; description: string; agreement_id: string | null; agreement_title: string | null; version: number; created_at: Date; updated_at: Date };

function taskQuery(q: Queryable, networkId: string) {
  return q
    .selectFrom('tasks as t')
    .leftJoin('agreements as a', 'a.id', 't.agreement_id')
    .select(['t.id', 't.title', 't.description', 't.agreement_id', 'a.title as agreement_title', 't.version', 't.created_at', 't.updated_at'])
    .where('t.network_id', '=', networkId);
}

/** The tasks with their letters, in the order asked for. */
async function withAssignments(q: Queryable, rows: TaskRow[]) {
  const ids = rows.map((r) => r.id);
  const letters =
    ids.length === 0
      ? []
      : await q
          .selectFrom('task_assignments as ta')
          .innerJoin('partners as p', 'p.id', 'ta.partner_id')
          .select(['ta.task_id', 'ta.partner_id', 'ta.letter', 'p.name'])
          .where('ta.task_id', 'in', ids)
          .orderBy('p.name')
          .execute();
  return rows.map((r) => {
    const assignments = letters.filter((l) => l.task_id === r.id).map((l) => ({ partnerId: l.partner_id, partnerName: l.name, letter: l.letter as RaciLetter }));
    const accountable = assignments.find((a) => a.letter === 'A');
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      agreement: r.agreement_id && r.agreement_title ? { id: r.agreement_id, title: r.agreement_title } : null,
      assignments,
      accountable: accountable ? { id: accountable.partnerId, name: accountable.partnerName } : null,
      version: r.version,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

export type TaskView = Awaited<ReturnType<typeof withAssignments>>[number];

/** One task of the network with its letters, or undefined. */
export async function findTask(q: Queryable, networkId: string, taskId: string): Promise<TaskView | undefined> {
  const row = await taskQuery(q, networkId).where('t.id', '=', taskId).executeTakeFirst();
  return row ? (await withAssignments(q, [row]))[0] : undefined;
}

/** The task division in the order the tasks were made, a page at a time. */
export async function pageOfTasks(q: Queryable, networkId: string, page: { limit: number; cursor?: string | undefined }) {
  const cursor = decodeCursor(page.cursor);
  let query = taskQuery(q, networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'asc', 't.created_at', 't.id'));
  const rows = await query.orderBy('t.created_at').orderBy('t.id').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (r) => r);
  return { items: await withAssignments(q, items), nextCursor };
}

/** Ids of tasks that do not have exactly one accountable partner (after a partner was removed). */
export async function tasksWithoutOneAccountable(q: Queryable, networkId: string): Promise<string[]> {
  const rows = await q
    .selectFrom('tasks as t')
    .leftJoin('task_assignments as ta', (j) => j.onRef('ta.task_id', '=', 't.id').on('ta.letter', '=', 'A'))
    .select(['t.id', (eb) => eb.fn.count<number>('ta.partner_id').as('accountable')])
    .where('t.network_id', '=', networkId)
    .groupBy('t.id')
    .execute();
  return rows.filter((r) => Number(r.accountable) !== 1).map((r) => r.id);
}
