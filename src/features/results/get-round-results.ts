import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, directsNetwork, permit } from '../../domain/permissions.ts';
import { resultsForCaller } from '../../domain/round-results.ts';
import { notFound } from '../../errors.ts';
import { resultsWithIntervals } from './intervals.ts';
import { loadRoundScores, type ScoredRound } from './load-round-scores.ts';

/** One round of the network with what scoring needs, or 404. */
export async function findScoredRound(db: Kysely<DB>, networkId: string, roundId: string): Promise<ScoredRound> {
  const round = await db
    .selectFrom('rounds')
    .select(['id', 'network_id', 'status', 'closed_at'])
    .where('id', '=', roundId)
    .where('network_id', '=', networkId)
    .executeTakeFirst();
  if (!round) throw notFound('Round not found');
  return round;
}

async function responseRate(db: Kysely<DB>, roundId: string) {
  const [invited, responded] = await Promise.all([
    db.selectFrom('round_invitees').select((eb) => eb.fn.countAll<string>().as('n')).where('round_id', '=', roundId).executeTakeFirstOrThrow(),
    db
      .selectFrom('round_responses')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('round_id', '=', roundId)
      .where('submitted_at', 'is not', null)
      .executeTakeFirstOrThrow(),
  ]);
  const counts = { invited: Number(invited.n), responded: Number(responded.n) };
  return { ...counts, rate: counts.invited === 0 ? null : counts.responded / counts.invited };
}

/**
 * The results of a round (DESIGN §5.2–§5.4, §7.1) as the caller may see them (§5.3). A closed
 * round's results are open to every role of the network; a round that is not closed yet only to
 * the coordinator, marked provisional. Agreement gaps of agreements removed since are left out.
 */
export async function getRoundResults({ db, clock }: AppDeps, { membership, roundId }: { membership: Membership; roundId: string }) {
  permit(membership, 'network.read');
  const now = clock.now();
  const round = await findScoredRound(db, membership.networkId, roundId);
  demand(round.status === 'closed' || directsNetwork(membership), 'The results can be read once the round has closed');
  const [{ scores, computedAt }, network, rate, agreements] = await Promise.all([
    loadRoundScores(db, round, now),
    db.selectFrom('networks').select('anonymity_k').where('id', '=', membership.networkId).executeTakeFirstOrThrow(),
    responseRate(db, round.id),
    db.selectFrom('agreements').select('id').where('network_id', '=', membership.networkId).execute(),
  ]);
  const shown = resultsWithIntervals(resultsForCaller(scores, membership, network.anonymity_k), scores);
  const existing = new Set(agreements.map((a) => a.id));
  return {
    roundId: round.id,
    status: round.status,
    provisional: round.status !== 'closed',
    anonymityK: network.anonymity_k,
    computedAt: computedAt.toISOString(),
    responseRate: rate,
    ...shown,
    agreementGaps: shown.agreementGaps.filter((g) => existing.has(g.agreementId)),
  };
}
