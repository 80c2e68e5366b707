import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { stepQueries } from '../../components/stepQueries.ts';
import { StepsFor } from '../../components/StepsFor.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { useValidators } from '../../components/useValidators.ts';
import { DecisionFlag } from '../decisions/DecisionFlag.tsx';
import { invalidateSessions, type Decision } from '../sessions/sessionQueries.ts';
import { MarkdownText } from './MarkdownText.tsx';
import { useSessionMutation } from './useSessionMutation.ts';

/**
 * A decision with its flag, said in words, and its consequences: the steps people claim for
 * themselves, with a date. When those steps change, the flag is read again from the server. Only
 * someone who was at the session claims a step; anyone else is told why they cannot.
 */
export function DecisionCard({
  networkId,
  decision,
  canEdit,
  claimProblem,
}: {
  networkId: string;
  decision: Decision;
  canEdit: boolean;
  claimProblem: 'attendance_not_recorded' | 'not_present' | null;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const validators = useValidators();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const path = { networkId, decisionId: decision.id };
  const update = useSessionMutation(networkId, (body: { title: string; description: string }) =>
    unwrap(api.PATCH('/api/networks/{networkId}/decisions/{decisionId}', { params: { path }, body: { baseVersion: decision.version, ...body } })),
  );
  const remove = useSessionMutation(networkId, () => unwrap(api.DELETE('/api/networks/{networkId}/decisions/{decisionId}', { params: { path } })));

  // The steps list shares its cache with StepsFor below; a change there may change the flag.
  const steps = useInfiniteQuery(stepQueries.list(networkId, { servesKind: 'decision', servesId: decision.id }));
  const seen = useRef(0);
  useEffect(() => {
    if (!steps.dataUpdatedAt) return;
    if (seen.current !== 0 && seen.current !== steps.dataUpdatedAt) void invalidateSessions(queryClient, networkId);
    seen.current = steps.dataUpdatedAt;
  }, [steps.dataUpdatedAt, queryClient, networkId]);

  const headingId = `decision-${decision.id}`;
  return (
    <article className={`card decision-card${decision.changesNothingTomorrow ? ' decision-card-nothing' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title" tabIndex={-1}>
        {decision.title}
      </h3>
      <DecisionFlag changesNothingTomorrow={decision.changesNothingTomorrow} because={decision.changesNothingBecause} />
      {decision.description ? <MarkdownText>{decision.description}</MarkdownText> : null}
      {canEdit && editing ? (
        <Form
          className="form form-wide no-print"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            update.mutate({ title: String(data.get('title') ?? '').trim(), description: String(data.get('description') ?? '') }, { onSuccess: () => setEditing(false) });
          }}
        >
          <TextInputField name="title" label={t('sessions.decisions.title')} defaultValue={decision.title} isRequired validate={validators.minLength(2)} />
          <TextInputField name="description" label={t('sessions.decisions.description')} description={t('sessions.markdownHint')} defaultValue={decision.description} multiline />
          {update.isError ? <ErrorNotice>{message(update.error, { conflict: t('sessions.conflict') })}</ErrorNotice> : null}
          <div className="form-actions">
            <Button type="submit" className="button button-small" isPending={update.isPending}>
              {t('sessions.decisions.save')}
            </Button>
            <Button className="button button-small button-secondary" onPress={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      ) : null}
      {canEdit && !editing ? (
        <div className="form-actions no-print">
          <Button className="button button-small button-secondary" onPress={() => setEditing(true)} aria-label={t('sessions.decisions.editLabel', { title: decision.title })}>
            {t('sessions.decisions.edit')}
          </Button>
          <ConfirmActionButton
            label={t('sessions.decisions.remove')}
            ariaLabel={t('sessions.decisions.removeLabel', { title: decision.title })}
            title={t('sessions.decisions.removeTitle')}
            text={t('sessions.decisions.removeText', { title: decision.title })}
            confirmLabel={t('sessions.decisions.remove')}
            error={remove.isError ? message(remove.error) : null}
            isPending={remove.isPending}
            onConfirm={(close) => remove.mutate(undefined, { onSuccess: close })}
          />
        </div>
      ) : null}
      <StepsFor networkId={networkId} servesKind="decision" servesId={decision.id} claimBlockedBecause={claimProblem ? t(`sessions.decisions.claimProblem.${claimProblem}`) : null} />
    </article>
  );
}
