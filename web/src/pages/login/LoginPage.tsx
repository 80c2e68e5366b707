import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, signIn, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { safeReturnPath } from '../../components/RequireSignedIn.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

/** What a page that sends someone here may want to tell them (router state). */
export type LoginNotice = 'signedOut' | 'passwordChanged' | 'accountDeleted';

/**
 * Sign in: the e-mail address first; an address of an organisation with single sign-on goes to
 * its identity provider, any other signs in with its password. Then back where the person came from.
 */
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
    mutationFn: async (input: { email: string; password: string }) => {
      const where = await unwrap(api.POST('/api/sso/start', { body: { email: input.email } }));
      if (where.redirectUrl) return where;
      await signIn(input.email, input.password);
      return where;
    },
    onSuccess: async (where) => {
      if (where.redirectUrl) {
        window.location.assign(where.redirectUrl);
        return;
      }
      await queryClient.resetQueries();
      await navigate(next, { replace: true });
    },
  });
  const redirecting = signInWithPassword.data?.provider;
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
      {params.get('sso') === 'refused' && !signInWithPassword.error ? <ErrorNotice>{t('login.ssoRefused')}</ErrorNotice> : null}
      {redirecting ? <SuccessNotice>{t('login.ssoRedirecting', { provider: redirecting })}</SuccessNotice> : null}
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
        <TextInputField name="password" type="password" label={t('login.passwordOptional')} autoComplete="current-password" />
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
