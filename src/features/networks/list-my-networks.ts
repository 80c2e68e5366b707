import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import { toNetworkView } from './network-view.ts';

/** The networks the user holds a role in, oldest first. */
export async function listMyNetworks({ db }: AppDeps, { userId, page }: { userId: string; page: { limit: number; cursor?: string | undefined } }) {
  const cursor = decodeCursor(page.cursor);
  let query = db
    .selectFrom('networks as n')
    .innerJoin('network_members as m', 'm.network_id', 'n.id')
    .selectAll('n')
    .select('m.role')
    .where('m.user_id', '=', userId);
  if (cursor) {
    query = query.where(afterCursor(cursor, 'asc', 'n.created_at', 'n.id'));
  }
  const rows = await query.orderBy('n.created_at').orderBy('n.id').limit(page.limit + 1).execute();
  return toPage(rows, page.limit, (r) => toNetworkView(r, r.role));
}
