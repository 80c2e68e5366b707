import { shownScore } from '../../domain/anonymity.ts';
import { maySeeDyadExactly } from '../../domain/permissions.ts';
import type { Role } from '../../domain/roles.ts';
import { ASPECTS, type Aspect, type DyadScore, type Interval, type Score } from '../../domain/scores.ts';
import { spiral, trend, type Spiral } from '../../domain/signals.ts';
import type { ClosedRoundScores } from './round-scores.ts';

/** What a series measures (DESIGN §5.7: network trust, openness, each aspect, received trust, each dyad). */
export const MEASURES = ['networkTrust', 'openness', 'aspect', 'receivedTrust', 'dyadTrust'] as const;
export type Measure = (typeof MEASURES)[number];

/** Who is looking: the anonymity rule depends on the role, the partner and the network's k. */
export interface Viewer {
  role: Role;
  partnerId: string | null;
  k: number;
}

/** A score as the viewer may see it in one round: a number, or only the count when it rests on too few. */
export interface ShownPoint {
  roundId: string;
  value: number | null;
  respondents: number;
  insufficient: boolean;
  /** The 95 % interval of the value (DESIGN §5.9); null when there is no value or fewer than two respondents. */
  interval: Interval | null;
}

export interface SeriesSubject {
  measure: Measure;
  aspect: Aspect | null;
  partnerId: string | null;
  from: string | null;
  to: string | null;
}

export interface TrendSeries extends SeriesSubject {
  points: (ShownPoint & { change: number | null })[];
  spiral: Spiral;
}

const NO_SCORE: Score = { value: null, respondents: 0, items: 0 };

/** A network-wide score under the anonymity rule (§5.3). */
export function shownPoint(roundId: string, score: Score | undefined, k: number): ShownPoint {
  const shown = shownScore(score ?? NO_SCORE, k);
  return { roundId, value: shown.value, respondents: shown.respondents, insufficient: 'insufficient' in shown, interval: shown.value === null ? null : (score?.interval ?? null) };
}

/** A dyad score: exact for the coordinator and the two partners of the pair, otherwise under the rule. */
export function shownDyadPoint(roundId: string, dyad: { from: string; to: string }, score: Score | undefined, viewer: Viewer): ShownPoint {
  if (maySeeDyadExactly(viewer, dyad)) {
    const value = score?.value ?? null;
    return { roundId, value, respondents: score?.respondents ?? 0, insufficient: false, interval: value === null ? null : (score?.interval ?? null) };
  }
  return shownPoint(roundId, score, viewer.k);
}

function withTrend(subject: SeriesSubject, points: ShownPoint[]): TrendSeries {
  const changes = trend(points);
  return { ...subject, points: points.map((p, i) => ({ ...p, change: changes[i]!.change })), spiral: spiral(points) };
}

const subject = (measure: Measure, extra: Partial<SeriesSubject> = {}): SeriesSubject => ({ measure, aspect: null, partnerId: null, from: null, to: null, ...extra });

/**
 * Every series over the closed rounds that the viewer may see, each with its changes and spiral.
 * Partners are those in `partnerNames` (id → name), in name order; a dyad appears when the viewer
 * may see it exactly or at least one of its rounds rests on k respondents or more.
 */
export function trendSeries(rounds: ClosedRoundScores[], viewer: Viewer, partnerNames: Map<string, string>): TrendSeries[] {
  const k = viewer.k;
  const series: TrendSeries[] = [
    withTrend(subject('networkTrust'), rounds.map((r) => shownPoint(r.round.id, r.networkTrust, k))),
    withTrend(subject('openness'), rounds.map((r) => shownPoint(r.round.id, r.openness, k))),
    ...ASPECTS.map((aspect) => withTrend(subject('aspect', { aspect }), rounds.map((r) => shownPoint(r.round.id, r.aspects[aspect], k)))),
  ];
  const byName = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => partnerNames.has(id)).sort((a, b) => partnerNames.get(a)!.localeCompare(partnerNames.get(b)!, 'nl'));

  for (const partnerId of byName(rounds.flatMap((r) => [...r.received.keys()]))) {
    series.push(withTrend(subject('receivedTrust', { partnerId }), rounds.map((r) => shownPoint(r.round.id, r.received.get(partnerId), k))));
  }

  const dyadsByKey = rounds.map((r) => new Map(r.dyads.map((d): [string, DyadScore] => [`${d.from}>${d.to}`, d])));
  const ratedBy = new Map<string, Set<string>>();
  for (const d of rounds.flatMap((r) => r.dyads)) ratedBy.set(d.from, (ratedBy.get(d.from) ?? new Set()).add(d.to));
  for (const from of byName(ratedBy.keys())) {
    for (const to of byName(ratedBy.get(from)!)) {
      const points = rounds.map((r, i) => shownDyadPoint(r.round.id, { from, to }, dyadsByKey[i]!.get(`${from}>${to}`)?.trust, viewer));
      if (!maySeeDyadExactly(viewer, { from, to }) && points.every((p) => p.value === null)) continue;
      series.push(withTrend(subject('dyadTrust', { from, to }), points));
    }
  }
  return series;
}
