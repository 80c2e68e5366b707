import type { ShownScore } from '../../domain/anonymity.ts';
import type { CallerResults, RoundScores } from '../../domain/round-results.ts';
import { ASPECTS, type Aspect, type Interval, type Score } from '../../domain/scores.ts';
import { asymmetryUncertain, reportedInterval } from '../../domain/uncertainty.ts';

/** A shown score with its 95 % interval (DESIGN §5.9): null when the score is not a number or rests on fewer than two. */
export type ScoreWithInterval = ShownScore & { interval: Interval | null };

/** The interval of a score only where the caller sees the score as a number: a withheld score keeps nothing of it. */
export function withInterval(shown: ShownScore, raw: Score | undefined): ScoreWithInterval {
  return { ...shown, interval: shown.value === null ? null : reportedInterval(raw?.interval) };
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * The caller's results with the bootstrap intervals of DESIGN §5.9 added to every score shown as
 * a number, and each asymmetry flag with the interval of its trust difference and whether it is
 * *uncertain* (the interval contains ±25). Collaboration levels are not bootstrapped: their
 * interval is null. Scores withheld under §5.3 get no interval, so nothing hidden leaks through it.
 */
export function resultsWithIntervals(shown: CallerResults, raw: RoundScores) {
  const at = withInterval;
  const received = new Map(raw.partners.map((p) => [p.partnerId, p]));
  const dyads = new Map(raw.dyads.map((d) => [key(d.from, d.to), d]));
  const agreements = new Map(raw.agreementGaps.map((g) => [g.agreementId, g]));
  const differences = new Map(raw.trustDifferences.map((p) => [key(p.a, p.b), p.interval ?? null]));
  return {
    ...shown,
    networkTrust: at(shown.networkTrust, raw.networkTrust),
    networkValue: at(shown.networkValue, raw.networkValue),
    openness: at(shown.openness, raw.openness),
    dispersion: at(shown.dispersion, raw.dispersion),
    aspects: Object.fromEntries(ASPECTS.map((aspect) => [aspect, at(shown.aspects[aspect], raw.aspects[aspect])])) as Record<Aspect, ScoreWithInterval>,
    partners: shown.partners.map((p) => ({
      partnerId: p.partnerId,
      receivedTrust: at(p.receivedTrust, received.get(p.partnerId)?.receivedTrust),
      receivedValue: at(p.receivedValue, received.get(p.partnerId)?.receivedValue),
    })),
    dyads: shown.dyads.map((d) => {
      const rawDyad = dyads.get(key(d.from, d.to));
      return { ...d, trust: at(d.trust, rawDyad?.trust), value: at(d.value, rawDyad?.value), level: at(d.level, undefined) };
    }),
    flags: {
      ...shown.flags,
      asymmetries: shown.flags.asymmetries.map((pair) => {
        const interval = differences.get(key(pair.a, pair.b)) ?? null;
        return { ...pair, interval: reportedInterval(interval), uncertain: asymmetryUncertain(interval) };
      }),
    },
    agreementGaps: shown.agreementGaps.map((g) => {
      const rawGap = agreements.get(g.agreementId);
      return { ...g, importance: at(g.importance, rawGap?.importance), adherence: at(g.adherence, rawGap?.adherence), gapInterval: g.gap === null ? null : reportedInterval(rawGap?.gapInterval) };
    }),
  };
}
