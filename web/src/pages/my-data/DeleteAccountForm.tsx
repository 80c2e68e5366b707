import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import type { LoginNotice } from '../login/LoginPage.tsx';

/** Who must take over first, when the API refuses for that reason. */
function handOverNeeded(error: unknown): { code: 'only_coordinator'; networks: string } | { code: 'only_administrator' } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = error.details as { code?: string; networks?: { name: string }[] } | undefined;
  if (details?.code === 'only_coordinator') return { code: 'only_coordinator', networks: (details.networks ?? []).map((n) => n.name).join(', ') };
  if (details?.code === 'only_administrator') return { code: 'only_administrator' };
  return null;
}

/** Deleting one's own account, after the password (DELETE /api/me); then to the login page with a notice. */
export function DeleteAccountForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const deletion = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/me', { body: { password } })),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup' });
      navigate('/login', { replace: true, state: { notice: 'accountDeleted' satisfies LoginNotice } });
    },
  });
  const { fieldErrors, generalError } = useFormErrors(deletion.error, { fields: ['password'], byField: { password: t('myData.wrongPassword') } });
  const needed = handOverNeeded(deletion.error);
  let handOver: string | null = null;
  if (needed?.code === 'only_coordinator') handOver = t('myData.onlyCoordinator', { networks: needed.networks });
  else if (needed?.code === 'only_administrator') handOver = t('myData.onlyAdministrator');
  return (
    <section aria-labelledby="delete-account-heading">
      <h2 id="delete-account-heading">{t('myData.deleteHeading')}</h2>
      <p>{t('myData.deleteIntro')}</p>
      <p>
        <strong>{t('myData.deleteIrreversible')}</strong>
      </p>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          deletion.mutate();
        }}
      >
        {handOver || (generalError && !fieldErrors.password) ? <ErrorNotice>{handOver ?? generalError}</ErrorNotice> : null}
        <TextInputField label={t('myData.password')} name="password" type="password" autoComplete="current-password" isRequired value={password} onChange={setPassword} />
        <Button type="submit" className="button button-danger" isPending={deletion.isPending}>
          {t('myData.deleteSubmit')}
        </Button>
      </Form>
    </section>
  );
}
