import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { selectOffers, toOfferView } from './offer-view.ts';

export interface OfferFilter {
  limit: number;
  cursor?: string | undefined;
  partnerId?: string | undefined;
  includeInactive?: 'true' | 'false' | undefined;
}

/** The network's offers, newest first; only active ones unless asked otherwise. */
export async function listOffers({ db }: AppDeps, { membership, filter: filters }: { membership: Membership; filter: OfferFilter }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(filters.cursor);
  let query = selectOffers(db).where('o.network_id', '=', networkId);
  if (filters.partnerId) query = query.where('o.partner_id', '=', filters.partnerId);
  if (filters.includeInactive !== 'true') query = query.where('o.active', '=', true);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'o.created_at', 'o.id'));
  const rows = await query.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc').limit(filters.limit + 1).execute();
  return toPage(rows, filters.limit, toOfferView);
}
