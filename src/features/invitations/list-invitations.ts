import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { toInvitationView } from './invitation-view.ts';

/** The network's invitations, newest first. */
export async function listInvitations({ db, clock }: AppDeps, { membership, page }: { membership: Membership; page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'invitation.manage');
  const now = clock.now();
  const cursor = decodeCursor(page.cursor);
  let query = db
    .selectFrom('invitations as i')
    .leftJoin('partners as p', 'p.id', 'i.partner_id')
    .leftJoin('users as l', 'l.id', 'i.replaces_user_id')
    .selectAll('i')
    .select(['p.name as partner_name', 'l.name as leaver_name'])
    .where('i.network_id', '=', membership.networkId);
  if (cursor) {
    query = query.where(afterCursor(cursor, 'desc', 'i.created_at', 'i.id'));
  }
  const rows = await query.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(page.limit + 1).execute();
  return toPage(rows, page.limit, (r) => toInvitationView(r, now));
}
