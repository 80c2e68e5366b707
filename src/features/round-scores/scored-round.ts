import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { roundDisclosure, type RoundDisclosure } from '../../domain/disclosure.ts';
import { notFound } from '../../errors.ts';
import type { ScoredRound } from './load-round-scores.ts';

/** A round with the rule its scores are shown under: its disclosure mode and its frozen k. */
export interface DisclosedRound extends ScoredRound {
  title: string;
  disclosure: RoundDisclosure;
}

/**
 * One round of the network with what scoring needs, or 404. Its k is the one frozen when it
 * opened; only a draft round (which has no scores) falls back to the network's k of today.
 */
export async function findScoredRound(db: Kysely<DB> | Queryable, networkId: string, roundId: string): Promise<DisclosedRound> {
  const round = await db
    .selectFrom('rounds')
    .innerJoin('networks', 'networks.id', 'rounds.network_id')
    .select(['rounds.id', 'rounds.network_id', 'rounds.title', 'rounds.status', 'rounds.closed_at', 'rounds.disclosure_mode', 'rounds.anonymity_k', 'networks.anonymity_k as network_k'])
    .where('rounds.id', '=', roundId)
    .where('rounds.network_id', '=', networkId)
    .executeTakeFirst();
  if (!round) throw notFound('Round not found');
  return { id: round.id, network_id: round.network_id, title: round.title, status: round.status, closed_at: round.closed_at, disclosure: roundDisclosure(round, round.network_k) };
}
