import type { AppDeps } from '../../deps.ts';
import type { JobHandlers } from '../../jobs/queue.ts';
import { loadRoundScores } from '../round-scores/load-round-scores.ts';

export const PRECOMPUTE_RESULTS_JOB = 'results.precompute';

/**
 * Computes a closed round's scores once, right after it closed, so that the first person who
 * opens the results reads them from the cache instead of waiting for the computation.
 */
export function resultsJobHandlers({ db, clock }: Pick<AppDeps, 'db' | 'clock'>): JobHandlers {
  return {
    [PRECOMPUTE_RESULTS_JOB]: async (payload) => {
      const round = await db.selectFrom('rounds').select(['id', 'network_id', 'status', 'closed_at']).where('id', '=', String(payload.roundId)).executeTakeFirst();
      if (!round || round.status !== 'closed') return;
      await loadRoundScores(db, round, clock.now());
    },
  };
}
