import type { Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import { toPartnerViews } from './partner-view.ts';

/** The partners of a network, oldest first, with their representatives and profile status. */
export async function listPartners(db: Kysely<DB>, networkId: string, page: { limit: number; cursor?: string | undefined }) {
  const cursor = decodeCursor(page.cursor);
  let query = db.selectFrom('partners').selectAll().where('network_id', '=', networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'asc', 'created_at', 'id'));
  const rows = await query.orderBy('created_at').orderBy('id').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (r) => r);
  return { items: await toPartnerViews(db, networkId, items), nextCursor };
}
