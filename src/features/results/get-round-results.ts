import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, directsNetwork, permit } from '../../domain/permissions.ts';
import { resultsForCaller } from '../../domain/round-results.ts';
import { notFound } from '../../errors.ts';
import { resultsWithIntervals } from './intervals.ts';
import { resultsText } from './results-text.ts';
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

type ResultsInput = { membership: Membership; roundId: string };

/** Everything the results of a round are made from, read for one caller. */
async function readRoundResults({ db, clock }: AppDeps, { membership, roundId }: ResultsInput) {
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
  return { membership, round, scores, computedAt, k: network.anonymity_k, rate, agreementIds: agreements.map((a) => a.id) };
}

function buildRoundResults({ membership, round, scores, computedAt, k, rate, agreementIds }: Awaited<ReturnType<typeof readRoundResults>>) {
  const shown = resultsWithIntervals(resultsForCaller(scores, membership, k), scores);
  const existing = new Set(agreementIds);
  return {
    roundId: round.id,
    status: round.status,
    provisional: round.status !== 'closed',
    anonymityK: k,
    computedAt: computedAt.toISOString(),
    responseRate: rate,
    ...shown,
    agreementGaps: shown.agreementGaps.filter((g) => existing.has(g.agreementId)),
  };
}

/**
 * The results of a round (DESIGN §5.2–§5.4, §7.1) as the caller may see them (§5.3), with the
 * 95 % intervals of §5.9. A closed round's results are open to every role of the network; a round
 * that is not closed yet only to the coordinator, marked provisional. Agreement gaps of agreements
 * removed since are left out.
 */
export async function getRoundResults(deps: AppDeps, input: ResultsInput) {
  return buildRoundResults(await readRoundResults(deps, input));
}

/**
 * `getRoundResults` as JSON text, kept with the round's scores for each kind of caller: a cached
 * read of a large round (3 MB of dyads and intervals) then costs the few small queries that tell
 * whether anything changed, not the serialising.
 */
export async function getRoundResultsJson(deps: AppDeps, input: ResultsInput): Promise<string> {
  const parts = await readRoundResults(deps, input);
  const { membership, round, computedAt, k, rate, agreementIds } = parts;
  const key = [membership.role, membership.partnerId ?? '-', round.status, k, rate.invited, rate.responded, computedAt.toISOString(), agreementIds.sort().join(',')].join('|');
  return resultsText(parts.scores, key, () => JSON.stringify(buildRoundResults(parts)));
}
