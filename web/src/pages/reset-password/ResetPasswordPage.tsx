import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, resetPassword } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { MIN_PASSWORD_LENGTH } from '../../components/useValidators.ts';
import type { LoginNotice } from '../login/LoginPage.tsx';

/** Choose a new password with the token from the reset mail's link, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const choosePassword = useMutation({
    mutationFn: (newPassword: string) => resetPassword(token ?? '', newPassword),
    onSuccess: () => navigate('/login', { replace: true, state: { notice: 'passwordChanged' satisfies LoginNotice } }),
  });
  const tokenRejected = choosePassword.error instanceof ApiError && /TOKEN/i.test(String(choosePassword.error.details ?? ''));
  const { generalError } = useFormErrors(choosePassword.error, {
    fields: [],
    byCode: { validation_failed: t('validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) },
  });

  if (!token || params.get('error') || tokenRejected) {
    return (
      <div className="narrow">
        <h1>{t('resetPassword.title')}</h1>
        <ErrorNotice>{t('resetPassword.invalidLink')}</ErrorNotice>
        <p>
          <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <h1>{t('resetPassword.title')}</h1>
      <Form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          choosePassword.mutate(password);
        }}
      >
        {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <NewPasswordFields label={t('resetPassword.newPassword')} password={password} onChange={setPassword} />
        <Button type="submit" className="button" isPending={choosePassword.isPending}>
          {t('resetPassword.submit')}
        </Button>
      </Form>
    </div>
  );
}
