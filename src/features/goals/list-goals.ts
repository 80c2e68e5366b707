import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findGoal, selectGoals, toGoalViews } from './goal-view.ts';

/** The network's goals, newest first, with acceptance per partner and the latest value. */
export async function listGoals({ db }: AppDeps, { membership, filter: page }: { membership: Membership; filter: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(page.cursor);
  let query = selectGoals(db).where('g.network_id', '=', networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'g.created_at', 'g.id'));
  const rows = await query.orderBy('g.created_at', 'desc').orderBy('g.id', 'desc').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (r) => r);
  return { items: await toGoalViews(db, items), nextCursor };
}

/** One goal (404 when it is not in the network). */
export async function getGoal({ db }: AppDeps, { membership, goalId }: { membership: Membership; goalId: string }) {
  permit(membership, 'network.read');
  const goal = await findGoal(db, membership.networkId, goalId);
  if (!goal) throw notFound('Goal not found');
  return goal;
}
