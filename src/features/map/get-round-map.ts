import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { MIN_K } from '../../domain/anonymity.ts';
import type { Membership } from '../../domain/membership.ts';
import { networkMap } from '../../domain/network-map.ts';
import { permit } from '../../domain/permissions.ts';
import { tieChanges, visibleWorkingTies, type RoundTie } from '../../domain/round-map.ts';
import { notFound } from '../../errors.ts';
import { loadHistoryFacts, loadPartnersByName } from '../history/history-facts.ts';
import { loadRoundScores } from '../round-scores/load-round-scores.ts';
import { countedClosedRounds } from '../rounds/counted-rounds.ts';

type CountedRound = Awaited<ReturnType<typeof countedClosedRounds>>[number];

const roundRef = (r: CountedRound) => ({ id: r.id, title: r.title, closedAt: r.closed_at?.toISOString() ?? null });

/** A closed round's working ties as the viewer sees them, with its reciprocity when enough answered. */
async function roundTies(db: Kysely<DB>, networkId: string, round: CountedRound, viewer: { membership: Membership; now: Date }) {
  const { scores } = await loadRoundScores(db, { id: round.id, network_id: networkId, status: 'closed', closed_at: round.closed_at }, viewer.now);
  const ties = visibleWorkingTies(scores.dyads, viewer.membership, round.disclosure);
  // Reciprocity is a network-wide aggregate over all dyads: shown once at least k respondents (the round's frozen k) rated a partner (DESIGN §5.3).
  const raters = scores.networkTrust.respondents;
  return { ties, reciprocity: raters >= Math.max(round.disclosure.k, MIN_K) ? scores.graph.reciprocity : null };
}

/**
 * The network map fed by rounds (DESIGN §5.4, issue 10 item 6): every partner, the shared-history
 * ties, and the working ties with their levels of one closed round (the last one that counts,
 * unless `roundId` names another), with the degree and betweenness over both kinds of tie, the
 * round's reciprocity, and — with `compareId` — what changed since that round. Everything round
 * based follows the disclosure rule for the viewer (domain/round-map.ts); low-response rounds that
 * the coordinator has not included are not offered.
 */
export async function getRoundMap({ db, clock }: AppDeps, { membership, roundId, compareId }: { membership: Membership; roundId?: string; compareId?: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  // Each round comes with its own disclosure mode and the k frozen when it opened.
  const [rounds, partners, facts] = await Promise.all([countedClosedRounds(db, networkId), loadPartnersByName(db, networkId), loadHistoryFacts(db, networkId)]);
  const pick = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const found = rounds.find((r) => r.id === id);
    if (!found) throw notFound('No closed round with that id counts for this network');
    return found;
  };
  const round = pick(roundId) ?? rounds.at(-1) ?? null;
  const compare = pick(compareId) ?? null;
  const viewer = { membership, now };
  const current = round ? await roundTies(db, networkId, round, viewer) : null;
  const earlier = compare ? await roundTies(db, networkId, compare, viewer) : null;
  const working: RoundTie[] = current?.ties ?? [];
  const map = networkMap(partners, facts, current ? { workingTies: working, reciprocity: current.reciprocity ?? 0 } : null);
  return {
    rounds: rounds.map(roundRef),
    round: round ? roundRef(round) : null,
    compare: compare ? roundRef(compare) : null,
    nodes: map.nodes,
    ties: { history: map.ties.history, working },
    metrics: { ...map.metrics, reciprocity: current?.reciprocity ?? null },
    changes: earlier ? tieChanges(earlier.ties, working) : null,
  };
}
