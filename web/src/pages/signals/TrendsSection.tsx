import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScoreRange } from '../../components/ScoreRange.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { LineChart } from './LineChart.tsx';
import type { Trends, TrendSeries } from './signalQueries.ts';
import { useDecimal, useSubjectLabel } from './useSubjectLabel.ts';

const NETWORK_MEASURES = new Set(['networkTrust', 'openness', 'aspect']);

function PointCell({ point }: { point: TrendSeries['points'][number] }) {
  const { t } = useTranslation();
  const decimal = useDecimal();
  if (point.insufficient) return <span className="score-insufficient">{t('signals.trends.insufficient', { count: point.respondents })}</span>;
  if (point.value === null) return <span className="muted">{t('signals.trends.noValue')}</span>;
  const change = point.change === null ? '' : ` (${point.change > 0 ? '+' : ''}${decimal(point.change)})`;
  return (
    <>
      {decimal(point.value)} <ScoreRange interval={point.interval} />
      <span className="muted">{change}</span>
    </>
  );
}

/** Trust and openness over the closed rounds as a line chart, and the network-wide series in a table. */
export function TrendsSection({ trends }: { trends: Trends }) {
  const { t } = useTranslation();
  const label = useSubjectLabel();
  const rounds = useMemo(() => trends.rounds.map((r) => r.title), [trends]);
  const rows = trends.series.filter((s) => NETWORK_MEASURES.has(s.measure));
  const lines = useMemo(
    () =>
      trends.series
        .filter((s) => s.measure === 'networkTrust' || s.measure === 'openness')
        .map((s) => ({ name: t(`signals.measures.${s.measure as 'networkTrust' | 'openness'}`), values: s.points.map((p) => p.value), ranges: s.points.map((p) => p.interval) })),
    [trends, t],
  );
  const spiralText = (s: TrendSeries) => (s.spiral === 'upward' ? t('signals.trends.upward') : s.spiral === 'downward' ? t('signals.trends.downward') : t('signals.trends.noSpiral'));
  return (
    <section aria-labelledby="trends-heading" className="trends">
      <h2 id="trends-heading">{t('signals.trends.heading')}</h2>
      <p>{t('signals.trends.intro')}</p>
      <p className="muted">
        {t('signals.trends.ranges')} <Link to="/measurement">{t('results.measurementLink')}</Link>
      </p>
      <p className="visually-hidden">{t('signals.trends.chartLabel')}</p>
      <LineChart rounds={rounds} lines={lines} />
      <TableRegion labelledBy="trends-caption">
        <table>
          <caption id="trends-caption">{t('signals.trends.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signals.trends.series')}</th>
              {trends.rounds.map((r) => (
                <th scope="col" key={r.id}>
                  {r.title}
                </th>
              ))}
              <th scope="col">{t('signals.trends.spiral')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={`${s.measure}-${s.aspect ?? ''}`}>
                <th scope="row">{label(s)}</th>
                {s.points.map((p) => (
                  <td key={p.roundId}>
                    <PointCell point={p} />
                  </td>
                ))}
                <td className={s.spiral ? `spiral-${s.spiral}` : undefined}>
                  {spiralText(s)} {s.uncertain ? <span className="badge badge-uncertain">{t('results.uncertain')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
