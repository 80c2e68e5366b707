import type { Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { findGoal, selectGoals, toGoalViews } from './goal-view.ts';

/** The network's goals, newest first, with acceptance per partner and the latest value. */
export async function listGoals(db: Kysely<DB>, networkId: string, page: { limit: number; cursor?: string | undefined }) {
  const cursor = decodeCursor(page.cursor);
  let query = selectGoals(db).where('g.network_id', '=', networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'g.created_at', 'g.id'));
  const rows = await query.orderBy('g.created_at', 'desc').orderBy('g.id', 'desc').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (r) => r);
  return { items: await toGoalViews(db, items), nextCursor };
}

/** One goal (404 when it is not in the network). */
export async function getGoal(db: Kysely<DB>, networkId: string, goalId: string) {
  const goal = await findGoal(db, networkId, goalId);
  if (!goal) throw notFound('Goal not found');
  return goal;
}
