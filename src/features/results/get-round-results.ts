import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, permit, seesResponseProgress } from '../../domain/permissions.ts';
import { responseProgress } from '../round-scores/response-progress.ts';
import { findScoredRound } from '../round-scores/scored-round.ts';
import { roundScoresForCaller } from '../round-scores/scores-for-caller.ts';
import { resultsWithIntervals } from './intervals.ts';
import { resultsText } from './results-text.ts';

type ResultsInput = { membership: Membership; roundId: string };

/** Everything the results of a round are made from, read for one caller. */
async function readRoundResults({ db, clock }: AppDeps, { membership, roundId }: ResultsInput) {
  permit(membership, 'network.read');
  const now = clock.now();
  const round = await findScoredRound(db, membership.networkId, roundId);
  if (round.status !== 'closed') {
    demand(seesResponseProgress(membership), 'The results can be read once the round has closed');
    return { closed: false as const, round, now, progress: await responseProgress(db, round.id) };
  }
  const [caller, progress, agreements] = await Promise.all([
    roundScoresForCaller(db, { membership, round, now }),
    responseProgress(db, round.id),
    db.selectFrom('agreements').select('id').where('network_id', '=', membership.networkId).execute(),
  ]);
  return { closed: true as const, membership, round, now, caller, progress, agreementIds: agreements.map((a) => a.id) };
}

function buildRoundResults(parts: Awaited<ReturnType<typeof readRoundResults>>) {
  const { round, progress } = parts;
  const about = { roundId: round.id, anonymityK: round.disclosure.k, disclosureMode: round.disclosure.mode, status: round.status };
  const responseRate = { invited: progress.invited, responded: progress.responded, rate: progress.rate };
  if (!parts.closed) {
    return { ...about, provisional: true as const, computedAt: parts.now.toISOString(), responseRate, responseByPartner: progress.partners };
  }
  const shown = resultsWithIntervals(parts.caller.show(), parts.caller.scores);
  const existing = new Set(parts.agreementIds);
  return {
    ...about,
    provisional: false as const,
    computedAt: parts.caller.computedAt.toISOString(),
    responseRate,
    ...shown,
    agreementGaps: shown.agreementGaps.filter((g) => existing.has(g.agreementId)),
  };
}

/**
 * The results of a round (DESIGN §5.2–§5.4, §7.1) as the caller may see them (§5.3), with the
 * 95 % intervals of §5.9 on every score shown as a number. A closed round's results are open to
 * every role of the network, under the round's disclosure mode and the k frozen when it opened.
 * While a round is not closed nobody sees scores: the coordinator gets only the invited,
 * responded and rate, in all and per partner (`provisional: true`, no score fields); others get
 * 403. Agreement gaps of agreements removed since are left out.
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
  if (!parts.closed) return JSON.stringify(buildRoundResults(parts));
  const { membership, round, caller, progress, agreementIds } = parts;
  const key = [
    membership.role,
    membership.partnerId ?? '-',
    round.disclosure.mode,
    round.disclosure.k,
    progress.invited,
    progress.responded,
    caller.computedAt.toISOString(),
    [...agreementIds].sort().join(','),
  ].join('|');
  return resultsText(caller.scores, key, () => JSON.stringify(buildRoundResults(parts)));
}
