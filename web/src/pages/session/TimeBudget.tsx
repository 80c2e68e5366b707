import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import type { Session } from '../sessions/sessionQueries.ts';
import { useSessionMutation } from './useSessionMutation.ts';

/**
 * The agenda's time boxes against the session's length, with a warning in words when they run
 * over; the coordinator sets the length here.
 */
export function TimeBudget({ networkId, session, canEdit }: { networkId: string; session: Session; canEdit: boolean }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { plannedMinutes, durationMinutes, overByMinutes } = session.timeBudget;
  const setLength = useSessionMutation(networkId, (minutes: number | null) =>
    unwrap(api.PATCH('/api/networks/{networkId}/sessions/{sessionId}', { params: { path: { networkId, sessionId: session.id } }, body: { baseVersion: session.version, durationMinutes: minutes } })),
  );
  return (
    <div className="time-budget">
      <p>{durationMinutes === null ? t('sessions.agenda.budgetNoLength', { planned: plannedMinutes }) : t('sessions.agenda.budget', { planned: plannedMinutes, duration: durationMinutes })}</p>
      {overByMinutes > 0 ? (
        <p className="decision-flag decision-flag-nothing" role="note">
          <span aria-hidden="true" className="decision-flag-symbol">
            !
          </span>
          <strong>{t('sessions.agenda.over', { count: overByMinutes })}</strong>
        </p>
      ) : null}
      {canEdit ? (
        <Form
          key={session.version}
          className="form no-print"
          onSubmit={(e) => {
            e.preventDefault();
            const value = String(new FormData(e.currentTarget).get('durationMinutes') ?? '').trim();
            setLength.mutate(value ? Number(value) : null);
          }}
        >
          <TextInputField name="durationMinutes" type="number" inputMode="numeric" label={t('sessions.agenda.duration')} defaultValue={durationMinutes === null ? '' : String(durationMinutes)} />
          {setLength.isError ? <ErrorNotice>{message(setLength.error, { conflict: t('sessions.conflict') })}</ErrorNotice> : null}
          <Button type="submit" className="button button-small button-secondary" isPending={setLength.isPending}>
            {t('sessions.agenda.durationSave')}
          </Button>
        </Form>
      ) : null}
    </div>
  );
}
