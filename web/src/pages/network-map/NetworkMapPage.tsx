import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { MapCanvas } from './MapCanvas.tsx';
import { MapChanges } from './MapChanges.tsx';
import { MapControls } from './MapControls.tsx';
import { filterMap, NO_FILTERS, type MapFilters } from './mapFilters.ts';
import { MapMetrics } from './MapMetrics.tsx';
import { MapTable } from './MapTable.tsx';
import { SectorLegend } from './SectorLegend.tsx';

/**
 * The network map: partners with their shared-history ties and the working ties of a closed round
 * (the last one, or one chosen, compared with another if wished) as a picture (sigma.js) with,
 * beside it, the same data as a table, and the measures of the network. Filters by sector and kind
 * of tie and a focus on one partner narrow what is drawn; the server already left out what the
 * viewer may not see (DESIGN §5.3).
 */
export function NetworkMapPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const [round, setRound] = useState<string | null>(null);
  const [compare, setCompare] = useState<string | null>(null);
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const map = useQuery({ ...queries.roundMap(networkId, round, compare), placeholderData: keepPreviousData });
  const shown = useMemo(() => (map.data ? filterMap(map.data, filters) : null), [map.data, filters]);
  useDocumentTitle(network.data ? `${t('map.heading')} – ${network.data.name}` : t('map.heading'));
  return (
    <>
      <h1>{t('map.heading')}</h1>
      <p className="lead">{t('map.intro')}</p>
      {map.isPending ? (
        <Loading />
      ) : map.isError ? (
        <ErrorNotice error={map.error} onRetry={() => void map.refetch()} />
      ) : map.data.nodes.length === 0 || !shown ? (
        <p className="notice notice-info">{t('map.empty')}</p>
      ) : (
        <>
          <MapControls
            map={map.data}
            round={round}
            compare={compare}
            filters={filters}
            onRound={(id) => {
              setRound(id);
              if (compare === id) setCompare(null);
            }}
            onCompare={setCompare}
            onFilters={setFilters}
          />
          <p aria-live="polite" className="muted">
            {map.data.round ? t('map.showingRound', { round: map.data.round.title, working: map.data.ties.working.length }) : t('map.controls.noRounds')}
          </p>
          <div className="map-layout">
            <figure className="map-figure">
              <MapCanvas map={shown} describedBy="map-description" />
              <figcaption id="map-description" className="field-description">
                {t('map.description', { components: map.data.metrics.components, isolates: map.data.metrics.isolates.length })}
              </figcaption>
              <SectorLegend map={shown} />
            </figure>
            <MapTable map={shown} />
          </div>
          <MapChanges map={map.data} />
          <MapMetrics map={map.data} />
        </>
      )}
    </>
  );
}
