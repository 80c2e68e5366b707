import { useTranslation } from 'react-i18next';
import type { MapData } from '../../api.ts';

/** The measures of the whole network (DESIGN §5.4) as a definition list. */
export function MapMetrics({ map }: { map: MapData }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 3 });
  const names = new Map(map.nodes.map((n) => [n.id, n.name]));
  const { metrics } = map;
  return (
    <section aria-labelledby="map-metrics-heading">
      <h2 id="map-metrics-heading">{t('map.metrics.heading')}</h2>
      <dl className="facts">
        <dt>{t('map.metrics.partners')}</dt>
        <dd>{map.nodes.length}</dd>
        <dt>{t('map.metrics.ties')}</dt>
        <dd>{t('map.metrics.tiesValue', { history: map.ties.history.length, working: map.ties.working.length })}</dd>
        <dt>{t('map.metrics.density')}</dt>
        <dd>
          {number.format(metrics.density)} <span className="muted">{t('map.metrics.densityHint')}</span>
        </dd>
        <dt>{t('map.metrics.centralization')}</dt>
        <dd>
          {number.format(metrics.centralization)} <span className="muted">{t('map.metrics.centralizationHint')}</span>
        </dd>
        <dt>{t('map.metrics.components')}</dt>
        <dd>
          {metrics.components} <span className="muted">{t('map.metrics.componentsHint')}</span>
        </dd>
        <dt>{t('map.metrics.isolates')}</dt>
        <dd>
          {metrics.isolates.length === 0
            ? t('map.metrics.noIsolates')
            : `${metrics.isolates.length}: ${metrics.isolates
                .map((id) => names.get(id) ?? id)
                .slice(0, 20)
                .join(', ')}${metrics.isolates.length > 20 ? ', …' : ''}`}{' '}
          <span className="muted">{t('map.metrics.isolatesHint')}</span>
        </dd>
        <dt>{t('map.metrics.reciprocity')}</dt>
        <dd>
          {metrics.reciprocity === null ? (
            t('map.metrics.noRounds')
          ) : (
            <>
              {number.format(metrics.reciprocity)} <span className="muted">{t('map.metrics.reciprocityHint')}</span>
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}
