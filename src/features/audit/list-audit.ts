import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';

/** The network's audit log, newest first, one page at a time. */
export async function listAudit({ db }: AppDeps, { membership, page }: { membership: Membership; page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'audit.read');
  const cursor = decodeCursor(page.cursor);
  let query = db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.action', 'a.object_type', 'a.object_id', 'a.ip_address', 'a.details', 'a.created_at', 'a.actor_id', 'u.name as actor_name'])
    .where('a.network_id', '=', membership.networkId);
  if (cursor) {
    query = query.where(afterCursor(cursor, 'desc', 'a.created_at', 'a.id'));
  }
  const rows = await query.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(page.limit + 1).execute();
  return toPage(rows, page.limit, (r) => ({
    id: r.id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
    ipAddress: r.ip_address,
    details: r.details,
    at: r.created_at.toISOString(),
  }));
}
