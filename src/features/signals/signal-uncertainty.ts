import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { changeInterval, roundReplicates, type RoundReplicates } from '../../domain/bootstrap.ts';
import { asymmetryUncertain, spiralUncertain, tooGoodUncertain } from '../../domain/uncertainty.ts';
import { frozenRound, spiralKey, type FrozenRound } from '../round-scores/frozen-round.ts';
import { roundPartnerIds } from '../round-scores/load-round-scores.ts';
import { loadRoundResponses } from '../rounds/round-answers.ts';
import type { Signal } from './build-signals.ts';
import type { SignalContext } from './signal-context.ts';
import { trendSeries, type SeriesSubject, type TrendSeries, type Viewer } from './trend-series.ts';

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
 * replicates are drawn only for rounds that start or end a spiral, once each. A round whose raw
 * answers the retention job removes has no replicates any more: its spirals read the uncertainty
 * frozen with it, and a spiral formed after that counts as uncertain (nothing can show it is not).
 */
export async function spiralUncertainties(
  db: Kysely<DB>,
  context: Pick<SignalContext, 'networkId' | 'rounds' | 'series'>,
  drawn = new Map<string, Promise<RoundReplicates>>(),
): Promise<Map<string, boolean>> {
  const result = new Map<string, boolean>();
  const spiralling = context.series.filter((s) => s.spiral !== null && s.points.length >= 3);
  if (spiralling.length === 0) return result;
  const rounds = new Map(context.rounds.map((r) => [r.round.id, r.round]));
  const replicates = (roundId: string) => {
    let entry = drawn.get(roundId);
    if (!entry) drawn.set(roundId, (entry = replicatesOf(db, context.networkId, roundId, rounds.get(roundId)?.closedAt ?? null)));
    return entry;
  };
  const frozen = new Map<string, Promise<FrozenRound | undefined>>();
  const frozenOf = (roundId: string) => {
    let entry = frozen.get(roundId);
    if (!entry) frozen.set(roundId, (entry = frozenRound(db, roundId)));
    return entry;
  };
  for (const s of spiralling) {
    const first = s.points.at(-3)!.roundId;
    const last = s.points.at(-1)!.roundId;
    const [frozenFirst, frozenLast] = await Promise.all([frozenOf(first), frozenOf(last)]);
    const key = spiralKey(subjectKey(s), first, last);
    const kept = frozenFirst?.spiralUncertainty[key] ?? frozenLast?.spiralUncertainty[key];
    if (kept !== undefined || frozenFirst?.answersRemovedAt || frozenLast?.answersRemovedAt) {
      result.set(subjectKey(s), kept ?? true);
      continue;
    }
    const [a, b] = await Promise.all([replicates(first), replicates(last)]);
    result.set(subjectKey(s), spiralUncertain(s.spiral, changeInterval(replicatesFor(a, s), replicatesFor(b, s))));
  }
  return result;
}

/**
 * The uncertainty of every spiral that starts or ends in `roundId`, for each of the viewers (who
 * may see different series), keyed by `spiralKey`: what the round's frozen form keeps, so that its
 * spirals read the same once its raw answers are gone.
 */
export async function spiralsThrough(
  db: Kysely<DB>,
  context: Pick<SignalContext, 'networkId' | 'rounds' | 'partners'>,
  viewers: Viewer[],
  roundId: string,
): Promise<Record<string, boolean>> {
  const kept: Record<string, boolean> = {};
  const drawn = new Map<string, Promise<RoundReplicates>>();
  for (const viewer of viewers) {
    const series = trendSeries(context.rounds, viewer, context.partners).filter(
      (s) => s.spiral !== null && s.points.length >= 3 && (s.points.at(-3)!.roundId === roundId || s.points.at(-1)!.roundId === roundId),
    );
    const flags = await spiralUncertainties(db, { networkId: context.networkId, rounds: context.rounds, series }, drawn);
    for (const s of series) kept[spiralKey(subjectKey(s), s.points.at(-3)!.roundId, s.points.at(-1)!.roundId)] = flags.get(subjectKey(s))!;
  }
  return kept;
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
