import { ASPECTS, type Aspect, type DyadScore } from '../../domain/scores.ts';
import { spiral, trend, type Spiral } from '../../domain/signals.ts';
import type { ClosedRoundScores } from '../round-scores/closed-round-scores.ts';
import { shownDyadPoint, shownPoint, type ShownPoint, type Viewer } from '../round-scores/shown-points.ts';

/** What a series measures (DESIGN §5.7: network trust, openness, each aspect, received trust, each dyad). */
export const MEASURES = ['networkTrust', 'openness', 'aspect', 'receivedTrust', 'dyadTrust'] as const;
export type Measure = (typeof MEASURES)[number];

export type { Viewer, ShownPoint } from '../round-scores/shown-points.ts';

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

function withTrend(subject: SeriesSubject, points: ShownPoint[]): TrendSeries {
  const changes = trend(points);
  return { ...subject, points: points.map((p, i) => ({ ...p, change: changes[i]!.change })), spiral: spiral(points) };
}

const subject = (measure: Measure, extra: Partial<SeriesSubject> = {}): SeriesSubject => ({ measure, aspect: null, partnerId: null, from: null, to: null, ...extra });

/**
 * Every series over the closed rounds that the viewer may see, each with its changes and spiral.
 * Partners are those in `partnerNames` (id → name), in name order. Each round's points follow that
 * round's disclosure mode and frozen k; a dyad appears when the viewer may see it in at least one round.
 */
export function trendSeries(rounds: ClosedRoundScores[], viewer: Viewer, partnerNames: Map<string, string>): TrendSeries[] {
  const series: TrendSeries[] = [
    withTrend(subject('networkTrust'), rounds.map((r) => shownPoint(r.round.id, r.networkTrust, r.disclosure))),
    withTrend(subject('openness'), rounds.map((r) => shownPoint(r.round.id, r.openness, r.disclosure))),
    ...ASPECTS.map((aspect) => withTrend(subject('aspect', { aspect }), rounds.map((r) => shownPoint(r.round.id, r.aspects[aspect], r.disclosure)))),
  ];
  const byName = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => partnerNames.has(id)).sort((a, b) => partnerNames.get(a)!.localeCompare(partnerNames.get(b)!, 'nl'));

  for (const partnerId of byName(rounds.flatMap((r) => [...r.received.keys()]))) {
    series.push(withTrend(subject('receivedTrust', { partnerId }), rounds.map((r) => shownPoint(r.round.id, r.received.get(partnerId), r.disclosure))));
  }

  const dyadsByKey = rounds.map((r) => new Map(r.dyads.map((d): [string, DyadScore] => [`${d.from}>${d.to}`, d])));
  const ratedBy = new Map<string, Set<string>>();
  for (const d of rounds.flatMap((r) => r.dyads)) ratedBy.set(d.from, (ratedBy.get(d.from) ?? new Set()).add(d.to));
  for (const from of byName(ratedBy.keys())) {
    for (const to of byName(ratedBy.get(from)!)) {
      const points = rounds.map((r, i) => shownDyadPoint(r.round.id, { from, to }, dyadsByKey[i]!.get(`${from}>${to}`)?.trust, viewer, r.disclosure));
      // A dyad with nothing the viewer may see in any round is no series for them.
      if (points.every((p) => p.value === null)) continue;
      series.push(withTrend(subject('dyadTrust', { from, to }), points));
    }
  }
  return series;
}
