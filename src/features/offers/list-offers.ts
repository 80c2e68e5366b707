import type { Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import { selectOffers, toOfferView } from './offer-view.ts';

/** The network's offers, newest first; only active ones unless asked otherwise. */
export async function listOffers(db: Kysely<DB>, networkId: string, filters: { limit: number; cursor?: string | undefined; partnerId?: string | undefined; includeInactive?: 'true' | 'false' | undefined }) {
  const cursor = decodeCursor(filters.cursor);
  let query = selectOffers(db).where('o.network_id', '=', networkId);
  if (filters.partnerId) query = query.where('o.partner_id', '=', filters.partnerId);
  if (filters.includeInactive !== 'true') query = query.where('o.active', '=', true);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'o.created_at', 'o.id'));
  const rows = await query.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc').limit(filters.limit + 1).execute();
  return toPage(rows, filters.limit, toOfferView);
}
