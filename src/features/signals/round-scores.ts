import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RoundScores } from '../../domain/round-results.ts';
import type { AgreementGap, Aspect, DyadScore, Score } from '../../domain/scores.ts';
import { loadRoundScores } from '../results/load-round-scores.ts';
import { countedClosedRounds } from '../rounds/counted-rounds.ts';

/** The raw scores of one closed round (before the anonymity rule); never returned as they are. */
export interface ClosedRoundScores {
  round: { id: string; title: string; closedAt: Date | null };
  networkTrust: Score;
  openness: Score;
  dispersion: Score;
  aspects: Record<Aspect, Score>;
  /** Received trust per partner that somebody rated. */
  received: Map<string, Score>;
  dyads: DyadScore[];
  agreementGaps: AgreementGap[];
  /** T(a→b) − T(b→a) of every pair with trust both ways, with its interval (what an asymmetry tests). */
  trustDifferences: RoundScores['trustDifferences'];
  /** What respondents wrote under "what should be discussed" (last round only); only tells whether anyone did. */
  toDiscuss: (string | null | undefined)[];
}

/** The scores trends and signals read, from the round's scores as the results compute and cache them. */
export function fromRoundScores(round: ClosedRoundScores['round'], scores: RoundScores, toDiscuss: (string | null)[]): ClosedRoundScores {
  return {
    round,
    networkTrust: scores.networkTrust,
    openness: scores.openness,
    dispersion: scores.dispersion,
    aspects: scores.aspects,
    received: new Map(scores.partners.filter((p) => p.receivedTrust.respondents > 0).map((p) => [p.partnerId, p.receivedTrust])),
    dyads: scores.dyads,
    agreementGaps: scores.agreementGaps,
    trustDifferences: scores.trustDifferences,
    toDiscuss,
  };
}

/** What the respondents of a round wrote under "what should be discussed" (only the text, never who). */
async function toDiscussAnswers(db: Kysely<DB>, roundId: string): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('round_responses')
    .select(sql<string | null>`answers->>'toDiscuss'`.as('toDiscuss'))
    .where('round_id', '=', roundId)
    .where('submitted_at', 'is not', null)
    .execute();
  return rows.map((r) => r.toDiscuss);
}

/**
 * The scores of the network's closed rounds that count (low-response rounds only when included), oldest first (the order trends are read in), through
 * the results' cache. Only the last round's open answers are read: "too good to be true" needs them.
 */
export async function loadClosedRoundScores(db: Kysely<DB>, networkId: string, now: Date): Promise<ClosedRoundScores[]> {
  const rounds = await countedClosedRounds(db, networkId);
  const scored = await Promise.all(rounds.map((r) => loadRoundScores(db, { id: r.id, network_id: networkId, status: 'closed', closed_at: r.closed_at }, now)));
  const last = rounds.at(-1);
  const lastToDiscuss = last ? await toDiscussAnswers(db, last.id) : [];
  return rounds.map((r, i) => fromRoundScores({ id: r.id, title: r.title, closedAt: r.closed_at }, scored[i]!.scores, r === last ? lastToDiscuss : []));
}
