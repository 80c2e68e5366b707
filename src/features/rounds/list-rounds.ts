import type { Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import { toRoundViews, type Viewer } from './round-view.ts';

/** The network's rounds, newest first, one page at a time. */
export async function listRounds(db: Kysely<DB>, networkId: string, viewer: Viewer, page: { limit: number; cursor?: string | undefined }) {
  const cursor = decodeCursor(page.cursor);
  let query = db.selectFrom('rounds').selectAll().where('network_id', '=', networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'created_at', 'id'));
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (r) => r);
  return { items: await toRoundViews(db, items, viewer), nextCursor };
}

