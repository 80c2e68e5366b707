import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { queries } from '../queries.ts';
import { AddStepForm } from './AddStepForm.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';
import { StepCard } from './StepCard.tsx';
import { stepQueries, type StepServesKind } from './stepQueries.ts';

interface Props {
  networkId: string;
  servesKind: StepServesKind;
  servesId: string;
  /** Why the reader may not take a step on here (said above the steps), or null when they may. */
  claimBlockedBecause?: string | null;
}

/**
 * The small steps that serve one thing (a story, statement, agreement, decision, difference or
 * goal), with their status, due day and who took them on. Anyone but an observer adds a step here
 * and may claim it for themselves; the claim, done and drop buttons show for the right person.
 * It renders an h2 section; embed it where an h2 fits.
 */
export function StepsFor({ networkId, servesKind, servesId, claimBlockedBecause = null }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const network = useQuery(queries.network(networkId));
  const steps = useInfiniteQuery(stepQueries.list(networkId, { servesKind, servesId }));
  const role = network.data?.myRole;
  const items = steps.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby={`${id}-steps`} className="panel steps-for">
      <h2 id={`${id}-steps`}>{t('steps.for.heading')}</h2>
      {claimBlockedBecause && role && role !== 'observer' ? <p className="notice step-claim-blocked">{claimBlockedBecause}</p> : null}
      {steps.isPending ? (
        <Loading />
      ) : steps.isError ? (
        <ErrorNotice error={steps.error} onRetry={() => void steps.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('steps.for.empty')}</p>
      ) : (
        <ul className="step-list">
          {items.map((step) => (
            <li key={step.id}>
              <StepCard networkId={networkId} step={step} role={role} showServes={false} mayClaim={!claimBlockedBecause} />
            </li>
          ))}
        </ul>
      )}
      {steps.hasNextPage ? (
        <Button className="button button-secondary" isPending={steps.isFetchingNextPage} onPress={() => void steps.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
      {role && role !== 'observer' ? <AddStepForm networkId={networkId} servesKind={servesKind} servesId={servesId} headingLevel={3} mayClaim={!claimBlockedBecause} /> : null}
    </section>
  );
}
