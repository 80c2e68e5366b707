import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, permit } from '../../domain/permissions.ts';
import { MIN_COMPLETE_PAIRS, roundReliability } from '../../domain/reliability.ts';
import { loadRoundResponses } from '../rounds/round-answers.ts';
import { findScoredRound } from '../round-scores/scored-round.ts';
import { roundPartnerIds, type ScoredRound } from '../round-scores/load-round-scores.ts';
import { frozenRound } from '../round-scores/frozen-round.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The reliability of a round's measurement from its submitted responses (also what its frozen form keeps). */
export async function measuredReliability(db: Kysely<DB>, round: ScoredRound) {
  const responses = await loadRoundResponses(db, round.id);
  return roundReliability(responses, await roundPartnerIds(db, round, responses));
}

/**
 * "Kwaliteit van de meting" of a closed round (DESIGN §5.9): Cronbach's α of the three trust items
 * and of the three value items, the Spearman–Brown coefficient of each two-item aspect, each with
 * the number of complete answers behind it, or why there is no coefficient ("te weinig
 * antwoorden" below ten); once the round's raw answers are being removed, as they were frozen. Network-wide figures over many answers: every role of a closed round.
 */
export async function getRoundQuality({ db }: AppDeps, { membership, roundId }: { membership: Membership; roundId: string }) {
  permit(membership, 'network.read');
  const round = await findScoredRound(db, membership.networkId, roundId);
  demand(round.status === 'closed', 'The quality of the measurement can be read once the round has closed');
  const frozen = await frozenRound(db, round.id);
  const reliability = frozen ? frozen.quality : await measuredReliability(db, round);
  return { roundId: round.id, minimumComplete: MIN_COMPLETE_PAIRS, ...reliability };
}
