import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { BalanceChart } from './BalanceChart.tsx';
import { requestQueries } from './requestQueries.ts';

/** Given, received and balance per partner over the last 12 months, as a table and a bar chart. */
export function ReciprocitySection({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const reciprocity = useQuery(requestQueries.reciprocity(networkId));
  const items = useMemo(() => reciprocity.data?.items ?? [], [reciprocity.data]);
  const labels = useMemo(() => items.map((i) => i.partnerName), [items]);
  const values = useMemo(() => items.map((i) => i.balance), [items]);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2, minimumFractionDigits: 2, signDisplay: 'exceptZero' });
  return (
    <section aria-labelledby="reciprocity-heading" className="panel">
      <h2 id="reciprocity-heading">{t('requests.reciprocity.heading')}</h2>
      <p>{t('requests.reciprocity.intro')}</p>
      {reciprocity.isPending ? (
        <Loading />
      ) : reciprocity.isError ? (
        <ErrorNotice error={reciprocity.error} onRetry={() => void reciprocity.refetch()} />
      ) : (
        <div className="reciprocity">
          <TableRegion labelledBy="reciprocity-heading">
            <table className="table">
              <caption className="visually-hidden">{t('requests.reciprocity.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('requests.reciprocity.partner')}</th>
                  <th scope="col">{t('requests.reciprocity.given')}</th>
                  <th scope="col">{t('requests.reciprocity.received')}</th>
                  <th scope="col">{t('requests.reciprocity.balance')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((row) => (
                  <tr key={row.partnerId}>
                    <th scope="row">{row.partnerName}</th>
                    <td>{row.given}</td>
                    <td>{row.received}</td>
                    <td>{number.format(row.balance)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {items.length > 0 ? <BalanceChart labels={labels} values={values} /> : null}
        </div>
      )}
    </section>
  );
}
