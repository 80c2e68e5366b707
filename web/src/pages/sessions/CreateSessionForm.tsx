import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { ParticipantsSelect } from './ParticipantsSelect.tsx';
import { invalidateSessions } from './sessionQueries.ts';

const FIELDS = ['title', 'heldOn', 'participantIds'] as const;

/** Schedules a session (coordinator) and opens it, ready to take over the agenda. */
export function CreateSessionForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const validators = useValidators();
  const [participantIds, setParticipantIds] = useState<Key[]>([]);
  const create = useMutation({
    mutationFn: (body: { title: string; heldOn: string; participantIds: string[] }) =>
      unwrap(api.POST('/api/networks/{networkId}/sessions', { params: { path: { networkId } }, body })),
    onSuccess: async (session) => {
      await invalidateSessions(queryClient, networkId);
      await navigate(`/networks/${networkId}/sessions/${session.id}`);
    },
  });
  const { fieldErrors, generalError } = useFormErrors(create.error, { fields: FIELDS, byField: { participantIds: t('sessions.form.participantsInvalid') } });
  return (
    <section aria-labelledby="new-session-heading" className="panel">
      <h2 id="new-session-heading">{t('sessions.form.heading')}</h2>
      <Form
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          create.mutate({ title: String(data.get('title') ?? '').trim(), heldOn: String(data.get('heldOn') ?? ''), participantIds: participantIds.map(String) });
        }}
      >
        {create.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="title" label={t('sessions.form.title')} description={t('sessions.form.titleHint')} isRequired validate={validators.minLength(2)} />
        <TextInputField name="heldOn" type="date" label={t('sessions.form.heldOn')} isRequired />
        <ParticipantsSelect networkId={networkId} value={participantIds} onChange={setParticipantIds} />
        <Button type="submit" className="button" isPending={create.isPending}>
          {t('sessions.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
