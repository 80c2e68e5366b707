import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Role } from '../api.ts';
import { queries } from '../queries.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { TextInputField } from './TextInputField.tsx';
import { invalidateSteps, type Step } from './stepQueries.ts';

type Move = 'claim' | 'done' | 'open' | 'dropped';

/** The moves the signed-in person may make on a step: claim it for themselves, finish, release or drop it. */
export function allowedStepMoves(step: Pick<Step, 'status' | 'claimedBy' | 'createdBy'>, userId: string | undefined, role: Role | undefined): Move[] {
  if (!userId || !role || role === 'observer') return [];
  if (step.status === 'open') return ['claim', ...(step.createdBy.id === userId || role === 'coordinator' ? (['dropped'] as const) : [])];
  if (step.status === 'claimed' && step.claimedBy?.id === userId) return ['done', 'open', 'dropped'];
  return [];
}

/**
 * The buttons for a step, each naming the step for screen readers; the list refreshes after a move.
 * Without `mayClaim` there is no claim button (the surrounding page says why).
 */
export function StepActions({ networkId, step, role, mayClaim = true }: { networkId: string; step: Step; role: Role | undefined; mayClaim?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(queries.me());
  // Taking on a decision's step without a date would leave the decision changing nothing tomorrow.
  const needsDate = step.servesKind === 'decision' && !step.dueOn;
  const [dueOn, setDueOn] = useState('');
  const [dateMissing, setDateMissing] = useState(false);
  const move = useMutation({
    mutationFn: (to: Move) =>
      to === 'claim'
        ? unwrap(
            api.POST('/api/networks/{networkId}/steps/{stepId}/claim', {
              params: { path: { networkId, stepId: step.id } },
              body: needsDate ? { dueOn } : {},
            }),
          )
        : unwrap(api.POST('/api/networks/{networkId}/steps/{stepId}/status', { params: { path: { networkId, stepId: step.id } }, body: { to } })),
    onSettled: () => invalidateSteps(queryClient, networkId),
  });
  const moves = allowedStepMoves(step, me.data?.user.id, role).filter((m) => mayClaim || m !== 'claim');
  if (moves.length === 0) return null;
  return (
    <div className="step-actions">
      {needsDate && moves.includes('claim') ? (
        <TextInputField
          type="date"
          label={t('steps.actions.claimDueOn')}
          description={t('steps.actions.claimDueOnHint')}
          value={dueOn}
          onChange={(value) => {
            setDueOn(value);
            setDateMissing(false);
          }}
          isRequired
          isInvalid={dateMissing}
        />
      ) : null}
      {dateMissing ? <ErrorNotice>{t('steps.actions.claimDueOnMissing')}</ErrorNotice> : null}
      {moves.map((m) => (
        <Button
          key={m}
          className={m === 'claim' || m === 'done' ? 'button button-small' : 'button button-small button-secondary'}
          aria-label={t(`steps.actions.${m}Named`, { title: step.title })}
          isPending={move.isPending && move.variables === m}
          isDisabled={move.isPending}
          onPress={() => {
            if (m === 'claim' && needsDate && !dueOn) setDateMissing(true);
            else move.mutate(m);
          }}
        >
          {t(`steps.actions.${m}`)}
        </Button>
      ))}
      {move.isError ? <ErrorNotice error={move.error} /> : null}
    </div>
  );
}
