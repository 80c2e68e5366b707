import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Role } from '../../api.ts';
import { AddStepForm } from '../../components/AddStepForm.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StepCard } from '../../components/StepCard.tsx';
import { STEP_STATUSES, stepQueries, type StepFilter, type StepStatus } from '../../components/stepQueries.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';

/** The network's steps on a board: a column per status (open, claimed, done, dropped), with filters. */
export function StepsBoardPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const counts = useQuery(stepQueries.counts(networkId));
  const [mine, setMine] = useState(false);
  const [overdue, setOverdue] = useState(false);
  useDocumentTitle(network.data ? `${t('steps.board.title')} – ${network.data.name}` : t('steps.board.title'));
  const role = network.data?.myRole;
  const filter: StepFilter = { ...(mine ? { mine: 'true' } : {}), ...(overdue ? { overdue: 'true' } : {}) };
  return (
    <>
      <h1>{t('steps.board.title')}</h1>
      <p className="lead">{t('steps.board.intro')}</p>
      <p>
        <Link to="/my-steps">{t('steps.board.myStepsLink')}</Link>
        {counts.data && counts.data.overdue > 0 ? <span className="step-overdue step-overdue-total">{t('steps.board.overdueCount', { count: counts.data.overdue })}</span> : null}
      </p>
      <fieldset className="step-filters">
        <legend className="field-label">{t('steps.board.filters')}</legend>
        <div className="checkbox-field">
          <input type="checkbox" id="steps-only-mine" checked={mine} onChange={(e) => setMine(e.target.checked)} />
          <label htmlFor="steps-only-mine">{t('steps.board.onlyMine')}</label>
        </div>
        <div className="checkbox-field">
          <input type="checkbox" id="steps-only-overdue" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
          <label htmlFor="steps-only-overdue">{t('steps.board.onlyOverdue')}</label>
        </div>
      </fieldset>
      <div className="step-board" role="group" aria-label={t('steps.board.columnsLabel')}>
        {STEP_STATUSES.map((status) => (
          <StepColumn key={status} networkId={networkId} status={status} filter={filter} role={role} total={counts.data?.[status]} />
        ))}
      </div>
      {role && role !== 'observer' ? (
        <div className="panel">
          <AddStepForm networkId={networkId} />
        </div>
      ) : null}
    </>
  );
}

function StepColumn({ networkId, status, filter, role, total }: { networkId: string; status: StepStatus; filter: StepFilter; role: Role | undefined; total: number | undefined }) {
  const { t } = useTranslation();
  const steps = useInfiniteQuery(stepQueries.list(networkId, { ...filter, status }));
  const items = steps.data?.pages.flatMap((p) => p.items) ?? [];
  const headingId = `steps-column-${status}`;
  return (
    <section aria-labelledby={headingId} className={`step-column step-column-${status}`}>
      <h2 id={headingId}>
        {t(`steps.status.${status}`)}
        {total !== undefined ? <span className="step-column-count"> ({total})</span> : null}
      </h2>
      {steps.isPending ? (
        <Loading />
      ) : steps.isError ? (
        <ErrorNotice error={steps.error} onRetry={() => void steps.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('steps.board.empty')}</p>
      ) : (
        <ul className="step-list">
          {items.map((step) => (
            <li key={step.id}>
              <StepCard networkId={networkId} step={step} role={role} />
            </li>
          ))}
        </ul>
      )}
      {steps.hasNextPage ? (
        <Button className="button button-secondary button-small" isPending={steps.isFetchingNextPage} onPress={() => void steps.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
