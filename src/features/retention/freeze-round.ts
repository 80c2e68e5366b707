import { sql } from 'kysely';
import type { Tx } from '../../db/transaction.ts';
import { measuredReliability } from '../results/get-round-quality.ts';
import { loadClosedRoundScores } from '../round-scores/closed-round-scores.ts';
import { frozenRound } from '../round-scores/frozen-round.ts';
import { loadRoundScores } from '../round-scores/load-round-scores.ts';
import { countResponseProgress } from '../round-scores/response-progress.ts';
import { partnerNames } from '../signals/signal-queries.ts';
import { spiralsThrough } from '../signals/signal-uncertainty.ts';
import type { Viewer } from '../signals/trend-series.ts';

export interface RoundToFreeze {
  id: string;
  network_id: string;
  closed_at: Date | null;
}

/**
 * Everyone whose series of the network may differ (DESIGN §5.3): the coordinator, an observer (no
 * partner) and a representative of each partner. The uncertainty of a spiral depends only on its
 * rounds, but which spirals exist depends on what the viewer may see.
 */
function viewersOf(partners: Map<string, string>): Viewer[] {
  return [
    { role: 'coordinator', partnerId: null },
    { role: 'observer', partnerId: null },
    ...[...partners.keys()].map((partnerId): Viewer => ({ role: 'representative', partnerId })),
  ];
}

/** The uncertainty of the spirals that start or end in the round, read from its raw answers while they are there. */
async function spiralsOfRound(tx: Tx, round: RoundToFreeze, now: Date): Promise<Record<string, boolean>> {
  const [rounds, partners] = await Promise.all([loadClosedRoundScores(tx, round.network_id, now), partnerNames(tx, round.network_id)]);
  if (!rounds.some((r) => r.round.id === round.id)) return {};
  return spiralsThrough(tx, { networkId: round.network_id, rounds, partners }, viewersOf(partners), round.id);
}

/**
 * Keeps a closed round's computed results before the first of its raw answers is removed (issue 14):
 * its scores as the results cache them (computed now if they were not), the response counts, the
 * quality of the measurement, how many wrote "what should be discussed" and the uncertainty of its
 * spirals. From then on every page and API reads the round from this frozen form
 * (round-scores/frozen-round.ts), so they show what they showed before. Run it in the transaction
 * that removes the answers, with the round locked. A round already frozen only gets the spirals
 * formed since added, while its answers are still there.
 */
export async function freezeRound(tx: Tx, round: RoundToFreeze, now: Date): Promise<void> {
  const existing = await frozenRound(tx, round.id);
  if (existing) {
    if (existing.answersRemovedAt) return;
    const spirals = { ...(await spiralsOfRound(tx, round, now)), ...existing.spiralUncertainty };
    await tx.updateTable('round_frozen_results').set({ spiral_uncertainty: JSON.stringify(spirals) }).where('round_id', '=', round.id).execute();
    return;
  }
  const scored = { ...round, status: 'closed' as const };
  const spirals = await spiralsOfRound(tx, round, now);
  const { scores, computedAt } = await loadRoundScores(tx, scored, now);
  const [progress, quality, written] = await Promise.all([
    countResponseProgress(tx, round.id),
    measuredReliability(tx, scored),
    tx
      .selectFrom('round_responses')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('round_id', '=', round.id)
      .where('submitted_at', 'is not', null)
      .where(sql<string>`coalesce(trim(answers->>'toDiscuss'), '')`, '<>', '')
      .executeTakeFirstOrThrow(),
  ]);
  await tx
    .insertInto('round_frozen_results')
    .values({
      round_id: round.id,
      network_id: round.network_id,
      scores: JSON.stringify(scores),
      computed_at: computedAt,
      respondents: progress.responded,
      progress: JSON.stringify(progress),
      quality: JSON.stringify(quality),
      to_discuss_written: Number(written.n),
      spiral_uncertainty: JSON.stringify(spirals),
      frozen_at: now,
    })
    .execute();
}
