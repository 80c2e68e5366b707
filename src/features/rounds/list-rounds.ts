import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { toRoundViews, viewerOf } from './round-view.ts';

/** The network's rounds by the moment they open, latest first, one page at a time (not by when they were planned). */
export async function listRounds({ db }: AppDeps, { actor, membership, page }: NetworkCaller & { page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  const cursor = decodeCursor(page.cursor);
  let query = db.selectFrom('rounds').selectAll().where('network_id', '=', membership.networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'opens_at', 'id'));
  const rows = await query.orderBy('opens_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  // The page cursor is keyed on the opening moment here.
  const { items, nextCursor } = toPage(
    rows.map((row) => ({ row, created_at: row.opens_at, id: row.id })),
    page.limit,
    (k) => k.row,
  );
  return { items: await toRoundViews(db, items, viewerOf(actor, membership)), nextCursor };
}
