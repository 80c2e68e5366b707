import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { selectExceptions, toExceptionView } from './availability-views.ts';
import type { ScheduleFilter } from './list-slots.ts';

/**
 * The network's exceptions, newest recorded first, filtered by partner and/or capability (an
 * exception for every capability of a partner is included under any capability filter).
 */
export async function listExceptions({ db }: AppDeps, { membership, filter: query }: { membership: Membership; filter: ScheduleFilter }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(query.cursor);
  let q = selectExceptions(db, networkId);
  const capability = query.capability;
  if (capability) q = q.where((eb) => eb.or([eb('e.capability_id', '=', capability), eb('e.capability_id', 'is', null)]));
  if (query.partner) q = q.where('e.partner_id', '=', query.partner);
  if (cursor) q = q.where(afterCursor(cursor, 'desc', 'e.created_at', 'e.id'));
  const rows = await q.orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, toExceptionView);
}
