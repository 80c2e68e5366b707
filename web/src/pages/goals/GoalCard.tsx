import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Role } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDayFormat } from '../history/formatDay.ts';
import { GoalProgressSection } from './GoalProgressSection.tsx';
import { invalidateGoals, type Goal } from './goalQueries.ts';

/** One goal: indicator, target and deadline, the agreed result, acceptance per partner, and progress. */
export function GoalCard({ networkId, goal, role, partnerId }: { networkId: string; goal: Goal; role: Role | undefined; partnerId: string | null }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const queryClient = useQueryClient();
  const mine = role === 'representative' ? goal.partners.find((p) => p.id === partnerId) : undefined;
  const accept = useMutation({
    mutationFn: (accepted: boolean) =>
      unwrap(api.PUT('/api/networks/{networkId}/goals/{goalId}/acceptance', { params: { path: { networkId, goalId: goal.id } }, body: { version: goal.version, accepted } })),
    onSuccess: () => invalidateGoals(queryClient, networkId),
  });
  const unit = goal.unit ? ` ${goal.unit}` : '';
  const headingId = `goal-${goal.id}`;
  return (
    <article className="card goal-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {goal.title}
      </h3>
      <p className="step-facts">
        <span className={`status ${goal.shared ? 'goal-shared' : 'goal-not-shared'}`}>{goal.shared ? t('goals.shared') : t('goals.notShared')}</span>
      </p>
      <dl className="facts">
        <dt>{t('goals.indicator')}</dt>
        <dd>{goal.indicator}</dd>
        <dt>{t('goals.target')}</dt>
        <dd>{goal.baseline === null ? `${goal.target}${unit}` : t('goals.fromTo', { baseline: `${goal.baseline}${unit}`, target: `${goal.target}${unit}` })}</dd>
        <dt>{t('goals.deadline')}</dt>
        <dd>{day(goal.deadline)}</dd>
        <dt>{t('goals.latest')}</dt>
        <dd>{goal.latest ? t('goals.latestValue', { value: `${goal.latest.value}${unit}`, day: day(goal.latest.measuredOn) }) : t('goals.noValue')}</dd>
      </dl>
      <h4>{t('goals.agreedResult')}</h4>
      <p className="profile-text">{goal.agreedResult}</p>
      <TableRegion label={t('goals.acceptanceCaption', { title: goal.title })}>
        <table className="table">
          <caption>{t('goals.acceptanceCaption', { title: goal.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goals.partner')}</th>
              <th scope="col">{t('goals.acceptance')}</th>
            </tr>
          </thead>
          <tbody>
            {goal.partners.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.accepted ? (p.acceptedBy ? t('goals.acceptedBy', { name: p.acceptedBy.name }) : t('goals.accepted')) : t('goals.notAccepted')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {mine ? (
        <div className="step-actions">
          <Button
            className={mine.accepted ? 'button button-small button-secondary' : 'button button-small'}
            isPending={accept.isPending}
            onPress={() => accept.mutate(!mine.accepted)}
            aria-label={t(mine.accepted ? 'goals.withdrawNamed' : 'goals.acceptNamed', { title: goal.title })}
          >
            {t(mine.accepted ? 'goals.withdraw' : 'goals.accept')}
          </Button>
          {accept.isError ? <ErrorNotice error={accept.error} /> : null}
        </div>
      ) : null}
      <GoalProgressSection networkId={networkId} goal={goal} mayRecord={role === 'coordinator' || mine !== undefined} />
    </article>
  );
}
