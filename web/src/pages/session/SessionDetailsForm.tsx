import { useState } from 'react';
import { Button, Form, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { useValidators } from '../../components/useValidators.ts';
import { ParticipantsSelect } from '../sessions/ParticipantsSelect.tsx';
import type { Session } from '../sessions/sessionQueries.ts';
import { useSessionMutation } from './useSessionMutation.ts';

/** The coordinator changes the session's title, date and participants; new participants are told. */
export function SessionDetailsForm({ networkId, session }: { networkId: string; session: Session }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const validators = useValidators();
  const [participantIds, setParticipantIds] = useState<Key[]>(session.participants.map((p) => p.id));
  const save = useSessionMutation(networkId, (body: { title: string; heldOn: string; participantIds: string[] }) =>
    unwrap(api.PATCH('/api/networks/{networkId}/sessions/{sessionId}', { params: { path: { networkId, sessionId: session.id } }, body: { baseVersion: session.version, ...body } })),
  );
  return (
    <section aria-labelledby="session-details-heading" className="panel no-print">
      <h2 id="session-details-heading">{t('sessions.details.heading')}</h2>
      <Form
        className="form form-wide"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          save.mutate({ title: String(data.get('title') ?? '').trim(), heldOn: String(data.get('heldOn') ?? ''), participantIds: participantIds.map(String) });
        }}
      >
        <TextInputField name="title" label={t('sessions.form.title')} defaultValue={session.title} isRequired validate={validators.minLength(2)} />
        <TextInputField name="heldOn" type="date" label={t('sessions.form.heldOn')} defaultValue={session.heldOn} isRequired />
        <ParticipantsSelect networkId={networkId} value={participantIds} onChange={setParticipantIds} />
        {save.isSuccess ? <SuccessNotice>{t('sessions.details.saved')}</SuccessNotice> : null}
        {save.isError ? <ErrorNotice>{message(save.error, { conflict: t('sessions.conflict') })}</ErrorNotice> : null}
        <Button type="submit" className="button button-secondary" isPending={save.isPending}>
          {t('sessions.details.save')}
        </Button>
      </Form>
    </section>
  );
}
