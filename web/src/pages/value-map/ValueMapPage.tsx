import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dialogueQueries, useMyPlace, type ValueMap } from '../../components/dialogueQueries.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { ClaimedPerceivedChart } from './ClaimedPerceivedChart.tsx';
import { DimensionsForm } from './DimensionsForm.tsx';
import { EditClaimsForm } from './EditClaimsForm.tsx';

const number = (v: number | null | undefined) => (v === null || v === undefined ? '–' : Math.round(v).toString());

/** The matrix, with what matters first: claimed, perceived and the gap, then the claim per dimension. */
function ValueMatrix({ map }: { map: ValueMap }) {
  const { t } = useTranslation();
  return (
    <TableRegion labelledBy="value-matrix-caption">
      <table className="table value-matrix">
        <caption id="value-matrix-caption">{t('valueMap.matrix.caption', { threshold: map.gapThreshold })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('valueMap.matrix.partner')}</th>
            <th scope="col">{t('valueMap.matrix.claimed')}</th>
            <th scope="col">{t('valueMap.matrix.perceived')}</th>
            <th scope="col">{t('valueMap.matrix.gap')}</th>
            {map.dimensions.map((d) => (
              <th key={d.id} scope="col">
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.partners.map((row) => (
            <tr key={row.partnerId} className={row.flagged ? 'flagged' : undefined}>
              <th scope="row">{row.partnerName}</th>
              <td>{number(row.claimed)}</td>
              <td>{row.perceived?.insufficient ? t('valueMap.matrix.insufficient', { count: row.perceived.respondents }) : number(row.perceived?.value)}</td>
              <td>
                {row.gap === null ? '–' : `${row.gap > 0 ? '+' : ''}${Math.round(row.gap)}`}
                {row.flagged ? <strong className="flag"> {t('valueMap.matrix.flag')}</strong> : null}
              </td>
              {map.dimensions.map((d) => (
                <td key={d.id}>{row.claims.find((c) => c.dimensionId === d.id)?.score ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** The value map: what each partner says it contributes beside what the others perceive, with the gaps. */
export function ValueMapPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const { role, partnerId, networkName } = useMyPlace(networkId);
  useDocumentTitle(networkName ? `${t('valueMap.heading')} – ${networkName}` : t('valueMap.heading'));
  const query = useQuery(dialogueQueries.valueMap(networkId));
  const map = query.data;
  const chart = useMemo(
    () =>
      map
        ? { partners: map.partners.map((p) => p.partnerName), claimed: map.partners.map((p) => p.claimed), perceived: map.partners.map((p) => p.perceived?.value ?? null) }
        : null,
    [map],
  );
  const labels = useMemo(() => ({ claimed: t('valueMap.matrix.claimed'), perceived: t('valueMap.matrix.perceived') }), [t]);
  return (
    <>
      <h1>{t('valueMap.heading')}</h1>
      <p className="lead">{t('valueMap.intro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError || !map || !chart ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p>{map.round ? t('valueMap.round', { title: map.round.title }) : t('valueMap.noRound')}</p>
          <section aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t('valueMap.matrix.heading')}</h2>
            <ValueMatrix map={map} />
          </section>
          <section aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t('valueMap.chart.heading')}</h2>
            <p className="muted">{t('valueMap.chart.alternative')}</p>
            <ClaimedPerceivedChart partners={chart.partners} claimed={chart.claimed} perceived={chart.perceived} labels={labels} />
          </section>
          {partnerId ? <EditClaimsForm networkId={networkId} map={map} partnerId={partnerId} /> : null}
          {role === 'coordinator' ? <DimensionsForm networkId={networkId} map={map} /> : null}
        </>
      )}
    </>
  );
}
