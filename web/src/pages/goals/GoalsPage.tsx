import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { GoalCard } from './GoalCard.tsx';
import { goalQueries } from './goalQueries.ts';
import { NewGoalForm } from './NewGoalForm.tsx';

/** Shared goals: indicator, target, deadline, the agreed result every involved partner accepts, and progress. */
export function GoalsPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const me = useQuery(queries.me());
  const goals = useInfiniteQuery(goalQueries.list(networkId));
  useDocumentTitle(network.data ? `${t('goals.title')} – ${network.data.name}` : t('goals.title'));
  const role = network.data?.myRole;
  const partnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const items = goals.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t('goals.title')}</h1>
      <p className="lead">{t('goals.intro')}</p>
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('goals.listHeading')}</h2>
        {goals.isPending ? (
          <Loading />
        ) : goals.isError ? (
          <ErrorNotice error={goals.error} onRetry={() => void goals.refetch()} />
        ) : items.length === 0 ? (
          <p className="muted">{t('goals.empty')}</p>
        ) : (
          <ul className="goal-list">
            {items.map((goal) => (
              <li key={goal.id}>
                <GoalCard networkId={networkId} goal={goal} role={role} partnerId={partnerId} />
              </li>
            ))}
          </ul>
        )}
        {goals.hasNextPage ? (
          <Button className="button button-secondary" isPending={goals.isFetchingNextPage} onPress={() => void goals.fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        ) : null}
      </section>
      {role === 'coordinator' ? <NewGoalForm networkId={networkId} /> : null}
    </>
  );
}
