import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { MapCanvas } from './MapCanvas.tsx';
import { MapMetrics } from './MapMetrics.tsx';
import { MapTable } from './MapTable.tsx';
import { SectorLegend } from './SectorLegend.tsx';

/**
 * The network map: partners and their ties as a picture (sigma.js) with, beside it, the same data
 * as a table, and the measures of the network.
 */
export function NetworkMapPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const map = useQuery(queries.networkMap(networkId));
  useDocumentTitle(network.data ? `${t('map.heading')} – ${network.data.name}` : t('map.heading'));
  return (
    <>
      <h1>{t('map.heading')}</h1>
      <p className="lead">{t('map.intro')}</p>
      {map.isPending ? (
        <Loading />
      ) : map.isError ? (
        <ErrorNotice error={map.error} onRetry={() => void map.refetch()} />
      ) : map.data.nodes.length === 0 ? (
        <p className="notice notice-info">{t('map.empty')}</p>
      ) : (
        <>
          <div className="map-layout">
            <figure className="map-figure">
              <MapCanvas map={map.data} describedBy="map-description" />
              <figcaption id="map-description" className="field-description">
                {t('map.description', { components: map.data.metrics.components, isolates: map.data.metrics.isolates.length })}
              </figcaption>
              <SectorLegend map={map.data} />
            </figure>
            <MapTable map={map.data} />
          </div>
          <MapMetrics map={map.data} />
        </>
      )}
    </>
  );
}
