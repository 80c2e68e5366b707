import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { toRoundViews, viewerOf } from './round-view.ts';

/** The network's rounds, newest first, one page at a time. */
export async function listRounds({ db }: AppDeps, { actor, membership, page }: NetworkCaller & { page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  const cursor = decodeCursor(page.cursor);
  let query = db.selectFrom('rounds').selectAll().where('network_id', '=', membership.networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'created_at', 'id'));
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (r) => r);
  return { items: await toRoundViews(db, items, viewerOf(actor, membership)), nextCursor };
}
