import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { changeInterval, roundReplicates, type RoundReplicates } from '../../domain/bootstrap.ts';
import { asymmetryUncertain, spiralUncertain, tooGoodUncertain } from '../../domain/uncertainty.ts';
import { roundPartnerIds } from '../round-scores/load-round-scores.ts';
import { loadRoundResponses } from '../rounds/round-answers.ts';
import type { Signal } from './build-signals.ts';
import type { SignalContext } from './signal-context.ts';
import type { SeriesSubject, TrendSeries } from './trend-series.ts';

/** The bootstrap replicates of one closed round, as its results compute them (same partners, same seed). */
async function replicatesOf(db: Kysely<DB>, networkId: string, roundId: string, closedAt: Date | null): Promise<RoundReplicates> {
  const responses = await loadRoundResponses(db, roundId);
  const round = { id: roundId, network_id: networkId, status: 'closed' as const, closed_at: closedAt };
  return roundReplicates(responses, await roundPartnerIds(db, round, responses), roundId);
}

/** The replicates of the quantity a series follows, in one round. */
function replicatesFor(replicates: RoundReplicates, s: SeriesSubject): Float64Array | null {
  switch (s.measure) {
    case 'networkTrust':
      return replicates.networkTrust;
    case 'openness':
      return replicates.openness;
    case 'aspect':
      return replicates.aspects[s.aspect!];
    case 'receivedTrust':
      return replicates.receivedTrust.get(s.partnerId!) ?? null;
    case 'dyadTrust':
      return replicates.dyad(s.from!, s.to!)?.trust ?? null;
  }
}

const subjectKey = (s: Pick<SeriesSubject, 'measure' | 'aspect' | 'partnerId' | 'from' | 'to'>) => [s.measure, s.aspect, s.partnerId, s.from, s.to].join('\u0000');

/**
 * Whether each spiral is *uncertain* (DESIGN §5.9): the 95 % interval of its total change (last −
 * first of its three rounds, from the two rounds' independent bootstrap replicates) contains its
 * threshold. Keyed by the series' subject; series without a spiral are not in the map. The
 * replicates are drawn only for rounds that start or end a spiral, once each.
 */
export async function spiralUncertainties(db: Kysely<DB>, context: SignalContext): Promise<Map<string, boolean>> {
  const result = new Map<string, boolean>();
  const spiralling = context.series.filter((s) => s.spiral !== null && s.points.length >= 3);
  if (spiralling.length === 0) return result;
  const rounds = new Map(context.rounds.map((r) => [r.round.id, r.round]));
  const drawn = new Map<string, Promise<RoundReplicates>>();
  const replicates = (roundId: string) => {
    let entry = drawn.get(roundId);
    if (!entry) drawn.set(roundId, (entry = replicatesOf(db, context.networkId, roundId, rounds.get(roundId)?.closedAt ?? null)));
    return entry;
  };
  for (const s of spiralling) {
    const first = s.points.at(-3)!.roundId;
    const last = s.points.at(-1)!.roundId;
    const [a, b] = await Promise.all([replicates(first), replicates(last)]);
    result.set(subjectKey(s), spiralUncertain(s.spiral, changeInterval(replicatesFor(a, s), replicatesFor(b, s))));
  }
  return result;
}

/** A series' uncertainty as trends report it: null without a spiral. */
export function seriesUncertainty(spirals: Map<string, boolean>, s: TrendSeries): boolean | null {
  return s.spiral === null ? null : (spirals.get(subjectKey(s)) ?? true);
}

/**
 * Whether a signal is *uncertain* (DESIGN §5.9): spirals by their total change, "too good to be
 * true" by the intervals of network trust and dispersion, an asymmetry by the interval of its
 * trust difference. Null for signals without such a test.
 */
export function signalUncertainty(context: SignalContext, spirals: Map<string, boolean>, signal: Signal): boolean | null {
  const last = context.rounds.at(-1);
  switch (signal.code) {
    case 'downward_spiral':
    case 'upward_spiral':
      return spirals.get(subjectKey({ measure: signal.measure!, aspect: signal.aspect, partnerId: signal.partnerId, from: signal.from, to: signal.to })) ?? true;
    case 'too_good_to_be_true':
      return tooGoodUncertain(last?.networkTrust.interval, last?.dispersion.interval);
    case 'asymmetry': {
      const pair = last?.trustDifferences.find((p) => p.a === signal.from && p.b === signal.to);
      return asymmetryUncertain(pair?.interval);
    }
    default:
      return null;
  }
}
