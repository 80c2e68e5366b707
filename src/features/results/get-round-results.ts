import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, permit, seesResponseProgress } from '../../domain/permissions.ts';
import { responseProgress } from '../round-scores/response-progress.ts';
import { findScoredRound } from '../round-scores/scored-round.ts';
import { roundScoresForCaller } from '../round-scores/scores-for-caller.ts';

/**
 * The results of a round (DESIGN §5.2–§5.4, §7.1) as the caller may see them (§5.3). A closed
 * round's results are open to every role of the network, under the round's disclosure mode and
 * the k frozen when it opened. While a round is not closed nobody sees scores: the coordinator
 * gets only the invited, responded and rate, in all and per partner (`provisional: true`, no
 * score fields); others get 403. Agreement gaps of agreements removed since are left out.
 */
export async function getRoundResults({ db, clock }: AppDeps, { membership, roundId }: { membership: Membership; roundId: string }) {
  permit(membership, 'network.read');
  const now = clock.now();
  const round = await findScoredRound(db, membership.networkId, roundId);
  const about = { roundId: round.id, anonymityK: round.disclosure.k, disclosureMode: round.disclosure.mode };
  if (round.status !== 'closed') {
    demand(seesResponseProgress(membership), 'The results can be read once the round has closed');
    const progress = await responseProgress(db, round.id);
    return {
      ...about,
      status: round.status,
      provisional: true as const,
      computedAt: now.toISOString(),
      responseRate: { invited: progress.invited, responded: progress.responded, rate: progress.rate },
      responseByPartner: progress.partners,
    };
  }
  const [{ shown, computedAt }, progress, agreements] = await Promise.all([
    roundScoresForCaller(db, { membership, round, now }),
    responseProgress(db, round.id),
    db.selectFrom('agreements').select('id').where('network_id', '=', membership.networkId).execute(),
  ]);
  const existing = new Set(agreements.map((a) => a.id));
  return {
    ...about,
    status: round.status,
    provisional: false,
    computedAt: computedAt.toISOString(),
    responseRate: { invited: progress.invited, responded: progress.responded, rate: progress.rate },
    ...shown,
    agreementGaps: shown.agreementGaps.filter((g) => existing.has(g.agreementId)),
  };
}
