import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { ResponseSummary } from '../../domain/response-quality.ts';
import { conflict } from '../../errors.ts';
import { roundResponseSummary } from './round-response.ts';

/**
 * The k a round's response is judged by: the k frozen on the round when it opened (DESIGN §5.3),
 * or the network's setting for a round that has not opened.
 */
export async function responseK(q: Queryable | Kysely<DB>, round: { id: string; network_id: string }): Promise<number> {
  const row = await q
    .selectFrom('rounds')
    .innerJoin('networks', 'networks.id', 'rounds.network_id')
    .select(['rounds.anonymity_k as frozen', 'networks.anonymity_k as network_k'])
    .where('rounds.id', '=', round.id)
    .where('rounds.network_id', '=', round.network_id)
    .executeTakeFirstOrThrow();
  return row.frozen ?? row.network_k;
}

/** The response of a round with the k it is judged by. */
export async function responseAtClose(q: Queryable | Kysely<DB>, round: { id: string; network_id: string }): Promise<ResponseSummary & { k: number }> {
  const k = await responseK(q, round);
  return { ...(await roundResponseSummary(q, { roundId: round.id, k })), k };
}

/** The figures a coordinator is shown before closing on a low response (the 409's details). */
export function lowResponseFigures(summary: ResponseSummary & { k: number }) {
  return {
    reason: 'low_response' as const,
    lowResponse: summary.lowResponse,
    invited: summary.invited,
    responded: summary.responded,
    rate: summary.rate,
    k: summary.k,
    partnersBelowK: summary.partnersBelowK,
  };
}

/**
 * Closing a round below the response-quality rule of DESIGN §5.9 (rate below 50 % or fewer than k
 * respondents) needs the coordinator's explicit confirmation: without it, a conflict carrying the
 * figures, so the client can ask "close anyway?".
 */
export async function requireLowResponseConfirmation(q: Queryable, round: { id: string; network_id: string }, confirmed: boolean): Promise<void> {
  const summary = await responseAtClose(q, round);
  if (summary.lowResponse.length === 0 || confirmed) return;
  throw conflict('The response is low: confirm to close the round anyway (it is then left out of trends, signals and the stage unless you include it)', lowResponseFigures(summary));
}
