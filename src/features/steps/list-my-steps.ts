import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import { selectSteps, toStepViews } from './step-view.ts';

export interface MyStepFilter {
  limit: number;
  cursor?: string | undefined;
  status?: 'open' | 'claimed' | 'done' | 'dropped' | undefined;
}

/**
 * The steps the user claimed, across every network they still hold a role in, newest first.
 * A network the user has left keeps its steps to itself.
 */
export async function listMySteps({ db, clock }: AppDeps, { userId, filter: filters }: { userId: string; filter: MyStepFilter }) {
  const cursor = decodeCursor(filters.cursor);
  let query = selectSteps(db)
    .innerJoin('network_members as m', (j) => j.onRef('m.network_id', '=', 's.network_id').on('m.user_id', '=', userId))
    .innerJoin('networks as n', 'n.id', 's.network_id')
    .select('n.name as network_name')
    .where('s.claimed_by', '=', userId);
  if (filters.status) query = query.where('s.status', '=', filters.status);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 's.created_at', 's.id'));
  const rows = await query.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(filters.limit + 1).execute();
  const page = toPage(rows, filters.limit, (r) => r);
  const views = await toStepViews(db, page.items, clock.now());
  return { items: views.map((v, i) => ({ ...v, networkName: page.items[i]!.network_name })), nextCursor: page.nextCursor };
}
