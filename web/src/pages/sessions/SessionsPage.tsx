import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { useDayFormat } from '../history/formatDay.ts';
import { CreateSessionForm } from './CreateSessionForm.tsx';
import { sessionQueries } from './sessionQueries.ts';

/** The network's sessions (overleg), latest first; the coordinator schedules new ones here. */
export function SessionsPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('sessions.heading')} – ${network.data.name}` : t('sessions.heading'));
  const sessions = useInfiniteQuery(sessionQueries.list(networkId));
  const day = useDayFormat();
  const items = sessions.data?.pages.flatMap((p) => p.items) ?? [];
  const base = `/networks/${networkId}`;
  return (
    <>
      <h1>{t('sessions.heading')}</h1>
      <p className="lead">{t('sessions.intro')}</p>
      <p>
        <Link to={`${base}/decisions`}>{t('sessions.toDecisions')}</Link>
      </p>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <ErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('sessions.empty')}</p>
      ) : (
        <TableRegion labelledBy="sessions-caption">
          <table className="table">
            <caption id="sessions-caption">{t('sessions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sessions.columns.title')}</th>
                <th scope="col">{t('sessions.columns.heldOn')}</th>
                <th scope="col">{t('sessions.columns.participants')}</th>
                <th scope="col">{t('sessions.columns.decisions')}</th>
                <th scope="col">{t('sessions.columns.nothingTomorrow')}</th>
                <th scope="col">{t('sessions.columns.published')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`${base}/sessions/${s.id}`}>{s.title}</Link>
                  </th>
                  <td>{day(s.heldOn)}</td>
                  <td>{s.participants}</td>
                  <td>{s.decisions}</td>
                  <td>
                    {s.changesNothingTomorrow > 0 ? (
                      <span className="status status-nothing">
                        <span aria-hidden="true">! </span>
                        {t('sessions.nothingCount', { count: s.changesNothingTomorrow })}
                      </span>
                    ) : (
                      t('sessions.noneFlagged')
                    )}
                  </td>
                  <td>{s.publishedAt ? t('sessions.publishedYes') : t('sessions.publishedNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {sessions.hasNextPage ? (
        <Button className="button button-secondary" isPending={sessions.isFetchingNextPage} onPress={() => void sessions.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
      {network.data?.myRole === 'coordinator' ? <CreateSessionForm networkId={networkId} /> : null}
    </>
  );
}
