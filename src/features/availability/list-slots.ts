import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { selectSlots, toSlotView } from './availability-views.ts';

export interface ScheduleFilter {
  limit: number;
  cursor?: string | undefined;
  capability?: string | undefined;
  partner?: string | undefined;
}

/** The network's slots in the order they were given, filtered by capability and/or partner, one page at a time. */
export async function listSlots({ db }: AppDeps, { membership, filter: query }: { membership: Membership; filter: ScheduleFilter }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(query.cursor);
  let q = selectSlots(db, networkId);
  if (query.capability) q = q.where('s.capability_id', '=', query.capability);
  if (query.partner) q = q.where('s.partner_id', '=', query.partner);
  if (cursor) q = q.where(afterCursor(cursor, 'asc', 's.created_at', 's.id'));
  const rows = await q.orderBy('s.created_at').orderBy('s.id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, toSlotView);
}
