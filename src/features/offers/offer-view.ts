import type { Queryable } from '../../db/transaction.ts';

/** Offers with their partner's and author's names, for `toOfferView`. */
export function selectOffers(q: Queryable) {
  return q
    .selectFrom('offers as o')
    .innerJoin('partners as p', 'p.id', 'o.partner_id')
    .innerJoin('users as u', 'u.id', 'o.created_by')
    .selectAll('o')
    .select(['p.name as partner_name', 'u.name as created_by_name']);
}

type OfferRow = Awaited<ReturnType<ReturnType<typeof selectOffers>['executeTakeFirstOrThrow']>>;

/** An offer as the API shows it. */
export function toOfferView(row: OfferRow) {
  return {
    id: row.id,
    partner: { id: row.partner_id, name: row.partner_name },
    title: row.title,
    description: row.description,
    active: row.active,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** One offer of the network as a view, or undefined. */
export async function findOffer(q: Queryable, networkId: string, offerId: string) {
  const row = await selectOffers(q).where('o.network_id', '=', networkId).where('o.id', '=', offerId).executeTakeFirst();
  return row ? toOfferView(row) : undefined;
}
