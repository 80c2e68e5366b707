import type { Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import { toInvitationView } from './invitation-view.ts';

/** The network's invitations, newest first. */
export async function listInvitations(db: Kysely<DB>, networkId: string, page: { limit: number; cursor?: string | undefined }) {
  const cursor = decodeCursor(page.cursor);
  let query = db
    .selectFrom('invitations as i')
    .leftJoin('partners as p', 'p.id', 'i.partner_id')
    .selectAll('i')
    .select('p.name as partner_name')
    .where('i.network_id', '=', networkId);
  if (cursor) {
    query = query.where(afterCursor(cursor, 'desc', 'i.created_at', 'i.id'));
  }
  const rows = await query.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(page.limit + 1).execute();
  const now = new Date();
  return toPage(rows, page.limit, (r) => toInvitationView(r, now));
}
