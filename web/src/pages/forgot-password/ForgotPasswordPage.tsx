import { useMutation } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, requestPasswordReset } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useValidators } from '../../components/useValidators.ts';

/**
 * Ask for a link to choose a new password. The answer is the same whether or not an account
 * exists, so the page never tells who has one.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const validators = useValidators();
  const askForLink = useMutation({
    mutationFn: async (email: string) => {
      try {
        await requestPasswordReset(email);
      } catch (err) {
        // Only "too many requests" and an unreachable server are worth telling; anything else gets the neutral answer.
        if (err instanceof ApiError && (err.code === 'rate_limited' || err.code === 'network')) throw err;
      }
    },
  });

  return (
    <div className="narrow">
      <h1>{t('forgotPassword.title')}</h1>
      {askForLink.isSuccess ? (
        <SuccessNotice>{t('forgotPassword.sent')}</SuccessNotice>
      ) : (
        <>
          <p className="lead">{t('forgotPassword.intro')}</p>
          <Form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              askForLink.mutate(String(new FormData(e.currentTarget).get('email')).trim());
            }}
          >
            {askForLink.error ? (
              <ErrorNotice>
                {askForLink.error instanceof ApiError && askForLink.error.code === 'rate_limited' ? t('errors.rate_limited') : t('errors.network')}
              </ErrorNotice>
            ) : null}
            <TextInputField name="email" type="email" label={t('fields.email')} autoComplete="email" isRequired validate={validators.email} />
            <Button type="submit" className="button" isPending={askForLink.isPending}>
              {t('forgotPassword.submit')}
            </Button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
      </p>
    </div>
  );
}
