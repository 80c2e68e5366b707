import { AGREEMENT_GAP_FLAG, type Aspect } from '../../domain/scores.ts';
import { asymmetries, perceptionGaps } from '../../domain/graph.ts';
import { tooGoodToBeTrue } from '../../domain/signals.ts';
import { reaches } from '../../domain/threshold.ts';
import type { ClosedRoundScores } from '../round-scores/closed-round-scores.ts';
import { shownDyadPoint, shownPoint, type Viewer } from '../round-scores/shown-points.ts';
import type { Measure, TrendSeries } from './trend-series.ts';

/** Every signal of DESIGN §5.7 the signals page explains, by code. */
export const SIGNAL_CODES = ['downward_spiral', 'upward_spiral', 'too_good_to_be_true', 'asymmetry', 'perception_gap', 'agreement_gap'] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

export interface Signal {
  code: SignalCode;
  /** For a spiral: the series it was seen in. */
  measure: Measure | null;
  aspect: Aspect | null;
  /** For a spiral in received trust: the partner. */
  partnerId: string | null;
  /** For a dyad spiral, an asymmetry or a perception gap: the pair (`from` = A, `to` = B). */
  from: string | null;
  to: string | null;
  agreementId: string | null;
  /** The numbers behind the signal, not rounded. */
  figures: Record<string, number>;
}

const blank = { measure: null, aspect: null, partnerId: null, from: null, to: null, agreementId: null };

/** The last two changes of a spiralling series, its total and where it ended. */
function spiralFigures(series: TrendSeries): Record<string, number> {
  const changed = series.points.filter((p) => p.change !== null);
  const previousChange = changed[changed.length - 2]!.change!;
  const lastChange = changed[changed.length - 1]!.change!;
  return { previousChange, lastChange, totalChange: previousChange + lastChange, lastValue: changed[changed.length - 1]!.value! };
}

export interface SignalInput {
  /** The series the viewer may see (from `trendSeries`). */
  series: TrendSeries[];
  /** The last closed round's raw scores, or null before the first one. */
  last: ClosedRoundScores | null;
  viewer: Viewer;
  /** Published differences that are named, explored or discussed. */
  openDifferences: number;
  /** Partners and agreements that still exist; signals about others are left out. */
  partnerIds: Set<string>;
  agreementIds: Set<string>;
}

/**
 * The signals a viewer may see: spirals in any series, then "too good to be true", asymmetries,
 * perception gaps and agreement gaps of the last closed round, each under the anonymity rule.
 */
export function buildSignals(input: SignalInput): Signal[] {
  const { series, last, viewer } = input;
  const spirals = (direction: 'downward' | 'upward'): Signal[] =>
    series
      .filter((s) => s.spiral === direction)
      .map((s) => ({ ...blank, code: `${direction}_spiral` as const, measure: s.measure, aspect: s.aspect, partnerId: s.partnerId, from: s.from, to: s.to, figures: spiralFigures(s) }));
  const signals = [...spirals('downward'), ...spirals('upward')];
  if (!last) return signals;

  const trust = shownPoint(last.round.id, last.networkTrust, last.disclosure);
  const spread = shownPoint(last.round.id, last.dispersion, last.disclosure);
  if (tooGoodToBeTrue({ networkTrust: trust.value, dispersion: spread.value, toDiscussAnswers: last.toDiscuss, openDifferences: input.openDifferences })) {
    signals.push({ ...blank, code: 'too_good_to_be_true', figures: { networkTrust: trust.value!, dispersion: spread.value!, respondents: trust.respondents } });
  }

  const dyads = last.dyads.filter((d) => input.partnerIds.has(d.from) && input.partnerIds.has(d.to));
  // Hidden dyads count as absent, so a flag never rests on a value the viewer may not see.
  const visible = (measure: 'trust' | 'level') => new Map(dyads.map((d) => [`${d.from}>${d.to}`, shownDyadPoint(last.round.id, d, d[measure], viewer, last.disclosure).value]));
  const visibleTrust = visible('trust');
  const visibleLevel = visible('level');
  const entries = (values: Map<string, number | null>) => [...values].map(([key, value]) => ({ from: key.split('>')[0]!, to: key.split('>')[1]!, value }));
  const pairFigures = (values: Map<string, number | null>, pair: { a: string; b: string; difference: number }) => ({
    difference: pair.difference,
    fromTo: values.get(`${pair.a}>${pair.b}`)!,
    toFrom: values.get(`${pair.b}>${pair.a}`)!,
  });
  for (const pair of asymmetries(entries(visibleTrust).map((d) => ({ from: d.from, to: d.to, trust: d.value })))) {
    signals.push({ ...blank, code: 'asymmetry', from: pair.a, to: pair.b, figures: pairFigures(visibleTrust, pair) });
  }
  for (const pair of perceptionGaps(entries(visibleLevel).map((d) => ({ from: d.from, to: d.to, level: d.value })))) {
    signals.push({ ...blank, code: 'perception_gap', from: pair.a, to: pair.b, figures: pairFigures(visibleLevel, pair) });
  }

  for (const gap of last.agreementGaps) {
    if (!input.agreementIds.has(gap.agreementId)) continue;
    const importance = shownPoint(last.round.id, gap.importance, last.disclosure).value;
    const adherence = shownPoint(last.round.id, gap.adherence, last.disclosure).value;
    if (importance === null || adherence === null || !reaches(importance - adherence, AGREEMENT_GAP_FLAG)) continue;
    signals.push({ ...blank, code: 'agreement_gap', agreementId: gap.agreementId, figures: { importance, adherence, gap: importance - adherence } });
  }
  return signals;
}
