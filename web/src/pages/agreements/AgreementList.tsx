import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDayFormat } from '../history/formatDay.ts';
import { AgreementStatus } from '../agreement/AgreementStatus.tsx';
import { agreementQueries, type AgreementFilter } from '../agreement/agreementQueries.ts';

/** The agreements as a table: title, kind, status, parties, review date and where ratification stands. */
export function AgreementList({ networkId, filter }: { networkId: string; filter: AgreementFilter }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const list = useInfiniteQuery(agreementQueries.list(networkId, filter));
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="muted">{t('agreements.list.empty')}</p>;
  return (
    <>
      <TableRegion labelledBy="agreements-caption">
        <table className="table">
          <caption id="agreements-caption">{t('agreements.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreements.list.title')}</th>
              <th scope="col">{t('agreements.list.kind')}</th>
              <th scope="col">{t('agreements.list.status')}</th>
              <th scope="col">{t('agreements.list.parties')}</th>
              <th scope="col">{t('agreements.list.reviewOn')}</th>
              <th scope="col">{t('agreements.list.ratification')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/networks/${networkId}/agreements/${a.id}`}>{a.title}</Link>
                </th>
                <td>{t(`agreements.kinds.${a.kind}`)}</td>
                <td>
                  <AgreementStatus agreement={a} />
                </td>
                <td>{a.allPartners ? t('agreements.list.allPartners', { count: a.parties.length }) : a.parties.map((p) => p.name).join(', ')}</td>
                <td>{a.reviewOn ? day(a.reviewOn) : t('agreements.list.noReviewDate')}</td>
                <td>
                  {a.proposal
                    ? t('agreements.list.proposal', {
                        version: a.proposal.version,
                        consented: a.proposal.consented,
                        total: a.proposal.consented + a.proposal.objections + a.proposal.waiting,
                        objections: a.proposal.objections,
                      })
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {list.hasNextPage ? (
        <Button className="button button-secondary" isPending={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
