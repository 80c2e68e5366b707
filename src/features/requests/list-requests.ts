import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, permit, seesDrafts } from '../../domain/permissions.ts';
import { selectRequests, toRequestView } from './request-view.ts';

export interface RequestFilters {
  limit: number;
  cursor?: string | undefined;
  status?: 'open' | 'accepted' | 'declined' | 'fulfilled' | 'withdrawn' | undefined;
  partnerId?: string | undefined;
  direction?: 'incoming' | 'outgoing' | 'network' | undefined;
  draft?: 'true' | 'false' | undefined;
}

/**
 * The network's requests, newest first. Drafts from rounds are the coordinator's alone and are
 * listed apart (`draft=true`). Incoming includes requests to the whole network from others.
 */
export async function listRequests({ db, clock }: AppDeps, { membership, filter: filters }: { membership: Membership; filter: RequestFilters }) {
  permit(membership, 'network.read');
  const drafts = filters.draft === 'true';
  demand(!drafts || seesDrafts(membership), 'Only the coordinator sees the drafts from rounds');
  const now = clock.now();
  const cursor = decodeCursor(filters.cursor);
  const partnerId = filters.partnerId ?? membership.partnerId;
  let query = selectRequests(db).where('r.network_id', '=', membership.networkId).where('r.draft', '=', drafts);
  if (filters.status) query = query.where('r.status', '=', filters.status);
  if (filters.direction === 'network') query = query.where('r.to_partner_id', 'is', null);
  if (filters.direction === 'incoming' || filters.direction === 'outgoing') {
    if (!partnerId) return { items: [], nextCursor: null };
    query =
      filters.direction === 'outgoing'
        ? query.where('r.from_partner_id', '=', partnerId)
        : query.where((eb) =>
            eb.or([
              eb('r.to_partner_id', '=', partnerId),
              eb('r.provider_partner_id', '=', partnerId),
              eb.and([eb('r.to_partner_id', 'is', null), eb('r.from_partner_id', '!=', partnerId)]),
            ]),
          );
  } else if (filters.partnerId) {
    const p = filters.partnerId;
    query = query.where((eb) => eb.or([eb('r.from_partner_id', '=', p), eb('r.to_partner_id', '=', p), eb('r.provider_partner_id', '=', p)]));
  }
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'r.created_at', 'r.id'));
  const rows = await query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(filters.limit + 1).execute();
  return toPage(rows, filters.limit, (row) => toRequestView(row, now));
}
