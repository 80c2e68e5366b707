import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ROUND_SCORES_VERSION, roundScores, type RoundScores } from '../../domain/round-results.ts';
import type { RoundResponse } from '../../domain/scores.ts';
import { loadRoundResponses } from '../rounds/round-answers.ts';
import { frozenRound } from './frozen-round.ts';

/** A round as its scores need it: which, its state and the partners' cut-off moment. */
export interface ScoredRound {
  id: string;
  network_id: string;
  status: 'draft' | 'open' | 'closed';
  closed_at: Date | null;
}

/**
 * The partners a round's graph spans: every partner of the network, except those added after the
 * round closed and not named in any response (nobody could rate them). Ordered by name.
 */
export async function roundPartnerIds(db: Kysely<DB>, round: ScoredRound, responses: RoundResponse[]): Promise<string[]> {
  const rows = await db.selectFrom('partners').select(['id', 'created_at']).where('network_id', '=', round.network_id).orderBy('name').orderBy('id').execute();
  const named = new Set(responses.flatMap((r) => [r.partnerId, ...Object.keys(r.partners)]));
  const closedAt = round.closed_at;
  return rows.filter((r) => !closedAt || r.created_at <= closedAt || named.has(r.id)).map((r) => r.id);
}

/** What the scores of a closed round were computed from: its submitted responses and its partners. */
async function fingerprint(db: Kysely<DB>, round: ScoredRound): Promise<string> {
  const responses = await db
    .selectFrom('round_responses')
    .select((eb) => [eb.fn.countAll<string>().as('n'), sql<string | null>`max(updated_at)::text`.as('last')])
    .where('round_id', '=', round.id)
    .where('submitted_at', 'is not', null)
    .executeTakeFirstOrThrow();
  // Any change in the partners (one removed, one added) recomputes: cheap next to serving a stale graph.
  const { n } = await db.selectFrom('partners').select((eb) => eb.fn.countAll<string>().as('n')).where('network_id', '=', round.network_id).executeTakeFirstOrThrow();
  return `scores v${ROUND_SCORES_VERSION}; responses ${responses.n} ${responses.last ?? '-'}; partners ${n}`;
}

async function compute(db: Kysely<DB>, round: ScoredRound): Promise<RoundScores> {
  const responses = await loadRoundResponses(db, round.id);
  return roundScores(responses, await roundPartnerIds(db, round, responses), { roundId: round.id });
}

/** The newest scores this process computed or read, per round: a cached read then costs two counts. */
const remembered = new Map<string, { fingerprint: string; scores: RoundScores; computedAt: Date }>();
const REMEMBERED_ROUNDS = 16;

function remember(roundId: string, entry: { fingerprint: string; scores: RoundScores; computedAt: Date }) {
  remembered.delete(roundId);
  remembered.set(roundId, entry);
  if (remembered.size > REMEMBERED_ROUNDS) remembered.delete(remembered.keys().next().value!);
}

/**
 * Every score of a round before the disclosure rule (domain/round-results.ts); only this folder
 * reads it, and it never leaves the server as it is (see scores-for-caller.ts). The scores are kept
 * in `round_results_cache` (and the newest in this process's memory) with a fingerprint of the
 * submitted responses and the partners they were computed from, and served from there while the
 * fingerprint stands: a closed round is computed once, an open one again after each new or changed
 * response. Safe with several app processes: each checks the fingerprint on every read. `now`
 * stamps a fresh computation. A round whose raw answers the retention job has started to remove
 * is read from its frozen form instead (frozen-round.ts), with the moment it was computed.
 */
export async function loadRoundScores(db: Kysely<DB>, round: ScoredRound, now: Date): Promise<{ scores: RoundScores; computedAt: Date }> {
  const frozen = round.status === 'closed' ? await frozenRound(db, round.id) : undefined;
  if (frozen) return { scores: frozen.scores, computedAt: frozen.computedAt };
  const print = await fingerprint(db, round);
  const inMemory = remembered.get(round.id);
  if (inMemory?.fingerprint === print) return inMemory;
  const cached = await db
    .selectFrom('round_results_cache')
    .select(['payload', 'computed_at'])
    .where('round_id', '=', round.id)
    .where('fingerprint', '=', print)
    .executeTakeFirst();
  if (cached) {
    const entry = { fingerprint: print, scores: cached.payload as RoundScores, computedAt: cached.computed_at };
    remember(round.id, entry);
    return entry;
  }

  const scores = await compute(db, round);
  const computedAt = now;
  await db
    .insertInto('round_results_cache')
    .values({ round_id: round.id, network_id: round.network_id, fingerprint: print, payload: JSON.stringify(scores), computed_at: computedAt })
    .onConflict((oc) =>
      oc.column('round_id').doUpdateSet({ fingerprint: sql`excluded.fingerprint`, payload: sql`excluded.payload`, computed_at: sql`excluded.computed_at` }),
    )
    .execute();
  remember(round.id, { fingerprint: print, scores, computedAt });
  return { scores, computedAt };
}
