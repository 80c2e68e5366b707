import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StepCard } from '../../components/StepCard.tsx';
import { stepQueries, type StepStatus } from '../../components/stepQueries.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';

/** "My steps": what I claimed for myself, across all my networks; what I am doing, then what I finished. */
export function MyStepsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('steps.mine.title'));
  return (
    <>
      <h1>{t('steps.mine.title')}</h1>
      <p className="lead">{t('steps.mine.intro')}</p>
      <MyStepList status="claimed" heading={t('steps.mine.current')} empty={t('steps.mine.empty')} />
      <MyStepList status="done" heading={t('steps.mine.finished')} empty={t('steps.mine.emptyFinished')} />
    </>
  );
}

function MyStepList({ status, heading, empty }: { status: StepStatus; heading: string; empty: string }) {
  const { t } = useTranslation();
  const me = useQuery(queries.me());
  const steps = useInfiniteQuery(stepQueries.mine(status));
  const items = steps.data?.pages.flatMap((p) => p.items) ?? [];
  const roleIn = (networkId: string) => me.data?.roles.find((r) => r.networkId === networkId)?.role;
  return (
    <section aria-labelledby={`my-steps-${status}`} className="my-steps">
      <h2 id={`my-steps-${status}`}>{heading}</h2>
      {steps.isPending ? (
        <Loading />
      ) : steps.isError ? (
        <ErrorNotice error={steps.error} onRetry={() => void steps.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="step-list step-list-grid">
          {items.map((step) => (
            <li key={step.id}>
              <StepCard networkId={step.networkId} step={step} role={roleIn(step.networkId)} />
              <p className="card-meta">
                <Link to={`/networks/${step.networkId}/steps`} aria-label={t('steps.mine.toBoard', { name: step.networkName })}>
                  {t('steps.mine.network', { name: step.networkName })}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {steps.hasNextPage ? (
        <Button className="button button-secondary" isPending={steps.isFetchingNextPage} onPress={() => void steps.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
