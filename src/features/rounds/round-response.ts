import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { responseSummary, type PartnerResponse, type ResponseSummary } from '../../domain/response-quality.ts';

/**
 * The response to a round per partner (DESIGN §5.9): how many of each partner's people were
 * invited and how many submitted. Partners that were invited or answered only; counts, never who.
 */
export async function partnerResponses(q: Queryable | Kysely<DB>, roundId: string): Promise<PartnerResponse[]> {
  const [invited, responded, partners] = await Promise.all([
    q
      .selectFrom('round_invitees')
      .select((eb) => ['partner_id', eb.fn.countAll<string>().as('n')])
      .where('round_id', '=', roundId)
      .groupBy('partner_id')
      .execute(),
    q
      .selectFrom('round_responses')
      .select((eb) => ['partner_id', eb.fn.countAll<string>().as('n')])
      .where('round_id', '=', roundId)
      .where('submitted_at', 'is not', null)
      .groupBy('partner_id')
      .execute(),
    q
      .selectFrom('partners')
      .innerJoin('rounds', 'rounds.network_id', 'partners.network_id')
      .select(['partners.id', 'partners.name'])
      .where('rounds.id', '=', roundId)
      .orderBy('partners.name')
      .orderBy('partners.id')
      .execute(),
  ]);
  const counts = new Map<string, PartnerResponse>();
  for (const p of partners) counts.set(p.id, { partnerId: p.id, invited: 0, responded: 0 });
  for (const row of invited) {
    const entry = counts.get(row.partner_id);
    if (entry) entry.invited = Number(row.n);
  }
  for (const row of responded) {
    const entry = counts.get(row.partner_id);
    if (entry) entry.responded = Number(row.n);
  }
  return [...counts.values()].filter((p) => p.invited > 0 || p.responded > 0);
}

/** The round's response in all and per partner, judged with the network's k (see response-quality.ts). */
export async function roundResponseSummary(q: Queryable | Kysely<DB>, { roundId, k }: { roundId: string; k: number }): Promise<ResponseSummary> {
  return responseSummary(await partnerResponses(q, roundId), k);
}
