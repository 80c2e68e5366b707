import type { Queryable } from '../../db/transaction.ts';

/** A request unanswered for longer than this is a signal for the agenda (DESIGN §5.7). */
export const UNANSWERED_DAYS = 14;

/** Requests with the names of their partners, offer and author, for `toRequestView`. */
export function selectRequests(q: Queryable) {
  return q
    .selectFrom('requests as r')
    .leftJoin('partners as pf', 'pf.id', 'r.from_partner_id')
    .leftJoin('partners as pt', 'pt.id', 'r.to_partner_id')
    .leftJoin('partners as pp', 'pp.id', 'r.provider_partner_id')
    .leftJoin('offers as o', 'o.id', 'r.offer_id')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .selectAll('r')
    .select(['pf.name as from_name', 'pt.name as to_name', 'pp.name as provider_name', 'o.title as offer_title', 'u.name as created_by_name']);
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['executeTakeFirstOrThrow']>>;

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** A request as the API shows it at `now` (which decides whether it waits too long for an answer). */
export function toRequestView(row: RequestRow, now: Date) {
  const longAgo = now.getTime() - UNANSWERED_DAYS * 24 * 3600 * 1000;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    reason: row.reason,
    from: ref(row.from_partner_id, row.from_name),
    to: ref(row.to_partner_id, row.to_name),
    provider: ref(row.provider_partner_id, row.provider_name),
    offer: row.offer_id ? { id: row.offer_id, title: row.offer_title ?? '' } : null,
    draft: row.draft,
    originRoundId: row.origin_round_id,
    unansweredLong: row.status === 'open' && !row.draft && row.created_at.getTime() < longAgo,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    fulfilledAt: row.fulfilled_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export type RequestView = ReturnType<typeof toRequestView>;

/** One request of the network as a view at `now`, or undefined. */
export async function findRequest(q: Queryable, { networkId, requestId, now }: { networkId: string; requestId: string; now: Date }) {
  const row = await selectRequests(q).where('r.network_id', '=', networkId).where('r.id', '=', requestId).executeTakeFirst();
  return row ? toRequestView(row, now) : undefined;
}
