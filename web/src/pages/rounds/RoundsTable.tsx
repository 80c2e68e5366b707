import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { queries } from '../../queries.ts';
import { responsePercent } from './responsePercent.ts';

/** The network's rounds, newest first: status, dates, and the response rate (coordinator) or the caller's own answer. */
export function RoundsTable({ networkId, coordinator }: { networkId: string; coordinator: boolean }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const rounds = useInfiniteQuery(queries.rounds(networkId));
  if (rounds.isPending) return <Loading />;
  if (rounds.isError) return <ErrorNotice error={rounds.error} onRetry={() => void rounds.refetch()} />;
  const items = rounds.data.pages.flatMap((p) => p.items);
  return (
    <section aria-labelledby="rounds-list-heading">
      <h2 id="rounds-list-heading">{t('rounds.listHeading')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('rounds.empty')}</p>
      ) : (
        <TableRegion labelledBy="rounds-list-heading">
          <table className="table">
            <caption className="visually-hidden">{t('rounds.listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.columns.title')}</th>
                <th scope="col">{t('rounds.columns.status')}</th>
                <th scope="col">{t('rounds.columns.opensAt')}</th>
                <th scope="col">{t('rounds.columns.closesAt')}</th>
                <th scope="col">{coordinator ? t('rounds.columns.responses') : t('rounds.columns.you')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((round) => (
                <tr key={round.id}>
                  <th scope="row">
                    <Link to={`/networks/${networkId}/rounds/${round.id}`}>{round.title}</Link>
                  </th>
                  <td>
                    <span className={`badge round-status-${round.status}`}>{t(`rounds.status.${round.status}`)}</span>
                  </td>
                  <td>{format.dateTime(round.opensAt)}</td>
                  <td>{format.dateTime(round.closesAt)}</td>
                  <td>
                    {coordinator && round.responses
                      ? t('rounds.responseRate', { ...round.responses, percent: responsePercent(round.responses) })
                      : round.you.submittedAt
                        ? t('rounds.you.submitted', { at: format.dateTime(round.you.submittedAt) })
                        : round.you.invited
                          ? t('rounds.you.open')
                          : t('rounds.you.notInvited')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {rounds.hasNextPage ? (
        <Button className="button button-secondary" onPress={() => void rounds.fetchNextPage()} isPending={rounds.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
