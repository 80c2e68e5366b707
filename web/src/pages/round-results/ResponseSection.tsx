import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { resultQueries } from './resultQueries.ts';
import { useNumber } from './ScoreValue.tsx';

/**
 * The response to the round (DESIGN §5.9): in all, and for the coordinator per partner with the
 * partners below k, whose received scores are held back. Counts only, never who answered.
 */
export function ResponseSection({ networkId, roundId }: { networkId: string; roundId: string }) {
  const { t } = useTranslation();
  const percent = useNumber(0);
  const response = useQuery(resultQueries.response(networkId, roundId));
  const rate = (r: number | null) => (r === null ? '–' : `${percent.format(r * 100)}%`);
  if (response.isError) return <ErrorNotice error={response.error} onRetry={() => void response.refetch()} />;
  if (!response.data) return null;
  const r = response.data;
  return (
    <section aria-labelledby="results-response-heading">
      <h2 id="results-response-heading">{t('results.response.heading')}</h2>
      <p>{t('results.response.total', { responded: r.responded, invited: r.invited, rate: rate(r.rate) })}</p>
      {r.lowResponse.length > 0 ? (
        <p className="notice notice-warning">{t('results.response.low', { k: r.k })}</p>
      ) : null}
      {r.partners ? (
        <>
          <p className="muted">{t('results.response.belowK', { k: r.k })}</p>
          <TableRegion labelledBy="results-response-caption">
            <table>
              <caption id="results-response-caption">{t('results.response.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.received.partner')}</th>
                  <th scope="col">{t('results.response.responded')}</th>
                  <th scope="col">{t('results.response.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {r.partners.map((p) => (
                  <tr key={p.partnerId}>
                    <th scope="row">
                      {p.name} {p.belowK ? <span className="badge badge-warning">{t('results.response.belowKBadge', { k: r.k })}</span> : null}
                    </th>
                    <td>{t('results.response.of', { responded: p.responded, invited: p.invited })}</td>
                    <td>{rate(p.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
    </section>
  );
}
