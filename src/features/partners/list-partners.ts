import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { toPartnerViews } from './partner-view.ts';

/** The partners of a network, oldest first, with their representatives and profile status. */
export async function listPartners({ db }: AppDeps, { membership, page }: { membership: Membership; page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(page.cursor);
  let query = db.selectFrom('partners').selectAll().where('network_id', '=', networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'asc', 'created_at', 'id'));
  const rows = await query.orderBy('created_at').orderBy('id').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (r) => r);
  return { items: await toPartnerViews(db, networkId, items), nextCursor };
}
