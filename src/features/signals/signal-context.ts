import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Membership } from '../../domain/membership.ts';
import { buildSignals, type Signal } from './build-signals.ts';
import { loadClosedRoundScores, type ClosedRoundScores } from '../round-scores/closed-round-scores.ts';
import { activeAgreementTitles, countOpenDifferences, partnerNames } from './signal-queries.ts';
import { trendSeries, type TrendSeries, type Viewer } from './trend-series.ts';

export interface SignalContext {
  networkId: string;
  viewer: Viewer;
  rounds: ClosedRoundScores[];
  series: TrendSeries[];
  signals: Signal[];
  partners: Map<string, string>;
  agreements: Map<string, string>;
}

/**
 * Everything trends, signals, the agenda and the stage assessment read: the closed rounds' scores
 * and, for this caller under each round's disclosure rule (round-scores/), the series and the signals. `now` stamps scores
 * computed afresh.
 */
export async function loadSignalContext(db: Kysely<DB>, membership: Pick<Membership, 'networkId' | 'role' | 'partnerId'>, now: Date): Promise<SignalContext> {
  const networkId = membership.networkId;
  const [rounds, partners, agreements, openDifferences] = await Promise.all([
    loadClosedRoundScores(db, networkId, now),
    partnerNames(db, networkId),
    activeAgreementTitles(db, networkId),
    countOpenDifferences(db, networkId),
  ]);
  const viewer: Viewer = { role: membership.role, partnerId: membership.partnerId };
  const series = trendSeries(rounds, viewer, partners);
  const signals = buildSignals({
    series,
    last: rounds.at(-1) ?? null,
    viewer,
    openDifferences,
    partnerIds: new Set(partners.keys()),
    agreementIds: new Set(agreements.keys()),
  });
  return { networkId, viewer, rounds, series, signals, partners, agreements };
}
