import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RoundDisclosure } from '../../domain/disclosure.ts';
import type { RoundScores } from '../../domain/round-results.ts';
import type { AgreementGap, Aspect, DyadScore, Score } from '../../domain/scores.ts';
import { countedClosedRounds } from '../rounds/counted-rounds.ts';
import { frozenRound } from './frozen-round.ts';
import { loadRoundScores } from './load-round-scores.ts';

/**
 * The raw scores of one closed round (before the disclosure rule) with the rule they are shown
 * under; never returned as they are: trends, signals, the agenda, the stage and the value map
 * apply `disclosure` for the person looking.
 */
export interface ClosedRoundScores {
  round: { id: string; title: string; closedAt: Date | null };
  /** The round's disclosure mode and the k frozen when it opened (DESIGN §5.3). */
  disclosure: RoundDisclosure;
  networkTrust: Score;
  openness: Score;
  dispersion: Score;
  aspects: Record<Aspect, Score>;
  /** Received trust per partner that somebody rated. */
  received: Map<string, Score>;
  /** Received value per partner that somebody rated. */
  receivedValue: Map<string, Score>;
  dyads: DyadScore[];
  agreementGaps: AgreementGap[];
  /** T(a→b) − T(b→a) of every pair with trust both ways, with its interval (what an asymmetry tests). */
  trustDifferences: RoundScores['trustDifferences'];
  /** What respondents wrote under "what should be discussed" (last round only); only tells whether anyone did. */
  toDiscuss: (string | null | undefined)[];
}

/** The scores trends and signals read, from the round's scores as the results compute and cache them. */
export function fromRoundScores(round: ClosedRoundScores['round'], disclosure: RoundDisclosure, scores: RoundScores, toDiscuss: (string | null)[]): ClosedRoundScores {
  const rated = scores.partners.filter((p) => p.receivedTrust.respondents > 0 || p.receivedValue.respondents > 0);
  return {
    round,
    disclosure,
    networkTrust: scores.networkTrust,
    openness: scores.openness,
    dispersion: scores.dispersion,
    aspects: scores.aspects,
    received: new Map(rated.filter((p) => p.receivedTrust.respondents > 0).map((p) => [p.partnerId, p.receivedTrust])),
    receivedValue: new Map(rated.filter((p) => p.receivedValue.respondents > 0).map((p) => [p.partnerId, p.receivedValue])),
    dyads: scores.dyads,
    agreementGaps: scores.agreementGaps,
    trustDifferences: scores.trustDifferences,
    toDiscuss,
  };
}

/** What a removed text under "what should be discussed" counts as: something was written. */
export const REMOVED_TEXT = '…';

/**
 * What the respondents of a round wrote under "what should be discussed" (only the text, never who);
 * once the round's open answers are being removed, one `REMOVED_TEXT` per text that was written.
 */
async function toDiscussAnswers(db: Kysely<DB>, roundId: string): Promise<(string | null)[]> {
  const frozen = await frozenRound(db, roundId);
  if (frozen) return Array.from({ length: frozen.toDiscussWritten }, () => REMOVED_TEXT);
  const rows = await db
    .selectFrom('round_responses')
    .select(sql<string | null>`answers->>'toDiscuss'`.as('toDiscuss'))
    .where('round_id', '=', roundId)
    .where('submitted_at', 'is not', null)
    .execute();
  return rows.map((r) => r.toDiscuss);
}

/**
 * The scores of the network's closed rounds that count, oldest first (the order trends are read in), through
 * the results' cache, each with its disclosure. With `lastOnly`, only the last closed round (the
 * value map and the agenda's "last round" read no more). Only the last round's open answers are
 * read: "too good to be true" needs them.
 */
export async function loadClosedRoundScores(db: Kysely<DB>, networkId: string, now: Date, { lastOnly = false }: { lastOnly?: boolean } = {}): Promise<ClosedRoundScores[]> {
  const all = await countedClosedRounds(db, networkId);
  const rounds = lastOnly ? all.slice(-1) : all;
  const scored = await Promise.all(rounds.map((r) => loadRoundScores(db, { id: r.id, network_id: networkId, status: 'closed', closed_at: r.closed_at }, now)));
  const last = rounds.at(-1);
  const lastToDiscuss = last ? await toDiscussAnswers(db, last.id) : [];
  return rounds.map((r, i) => fromRoundScores({ id: r.id, title: r.title, closedAt: r.closed_at }, r.disclosure, scored[i]!.scores, r === last ? lastToDiscuss : []));
}
