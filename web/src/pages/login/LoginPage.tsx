import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { signIn } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { safeReturnPath } from '../../components/RequireSignedIn.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

/** What a page that sends someone here may want to tell them (router state). */
export type LoginNotice = 'signedOut' | 'passwordChanged' | 'accountDeleted';

/** Sign in with e-mail and password, then go back where the person came from. */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const queryClient = useQueryClient();
  const validators = useValidators();
  const me = useQuery(queries.me());
  const signInWithPassword = useMutation({
    mutationFn: (input: { email: string; password: string }) => signIn(input.email, input.password),
    onSuccess: async () => {
      await queryClient.resetQueries();
      await navigate(next, { replace: true });
    },
  });
  const { generalError } = useFormErrors(signInWithPassword.error, {
    fields: [],
    byCode: { unauthenticated: t('login.wrongCredentials'), validation_failed: t('login.wrongCredentials'), rate_limited: t('login.tooManyAttempts') },
  });
  const notice = (location.state as { notice?: LoginNotice } | null)?.notice;

  if (me.data && !signInWithPassword.isPending && !signInWithPassword.isSuccess) return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <h1>{t('login.title')}</h1>
      {notice && !signInWithPassword.error ? <SuccessNotice>{t(`login.notice.${notice}`)}</SuccessNotice> : null}
      <Form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          signInWithPassword.mutate({ email: String(data.get('email')).trim(), password: String(data.get('password')) });
        }}
      >
        {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="email" type="email" label={t('fields.email')} autoComplete="username" isRequired validate={validators.email} />
        <TextInputField name="password" type="password" label={t('fields.password')} autoComplete="current-password" isRequired validate={validators.required} />
        <div className="form-actions">
          <Button type="submit" className="button" isPending={signInWithPassword.isPending}>
            {t('login.submit')}
          </Button>
          <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
        </div>
      </Form>
    </div>
  );
}
