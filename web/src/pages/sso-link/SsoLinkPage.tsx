import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';

/**
 * After a first sign-in through an organisation's identity provider whose e-mail address already
 * has an account: the person proves that account's password once, and the two are linked.
 */
export function SsoLinkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('ssoLink.title'));
  const token = useParams().token ?? '';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const request = useQuery({
    queryKey: ['sso-link', token],
    queryFn: () => unwrap(api.GET('/api/sso/link/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const link = useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/sso/link/{token}', { params: { path: { token } }, body: { password } })),
    onSuccess: async () => {
      await queryClient.resetQueries();
      await navigate('/', { replace: true });
    },
  });
  const { generalError } = useFormErrors(link.error, { fields: [], byCode: { unauthenticated: t('ssoLink.wrongPassword'), not_found: t('ssoLink.invalidLink') } });

  return (
    <div className="narrow">
      <h1>{t('ssoLink.title')}</h1>
      {request.isPending ? <Loading /> : null}
      {request.isError ? (
        <>
          <ErrorNotice>{t('ssoLink.invalidLink')}</ErrorNotice>
          <p>
            <Link to="/login">{t('ssoLink.backToLogin')}</Link>
          </p>
        </>
      ) : null}
      {request.data ? (
        <Form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            link.mutate(String(new FormData(e.currentTarget).get('password')));
          }}
        >
          <p>{t('ssoLink.intro', { email: request.data.email, provider: request.data.providerName })}</p>
          {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
          <TextInputField name="password" type="password" label={t('fields.password')} autoComplete="current-password" isRequired validate={validators.required} />
          <div className="form-actions">
            <Button type="submit" className="button" isPending={link.isPending}>
              {t('ssoLink.submit')}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
