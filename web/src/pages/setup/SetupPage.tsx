import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { MIN_PASSWORD_LENGTH, useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

const FIELDS = ['name', 'email', 'password'] as const;

/** The first screen of a new installation: create the first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('setup.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const setup = useQuery(queries.setup());
  const createAdministrator = useMutation({
    mutationFn: (body: { name: string; email: string; password: string; loadExample: boolean }) => unwrap(api.POST('/api/setup', { body })),
    onSuccess: async (created) => {
      await queryClient.resetQueries();
      await navigate(created.exampleNetworkId ? `/networks/${created.exampleNetworkId}` : '/', { replace: true });
    },
  });
  const { fieldErrors, generalError } = useFormErrors(createAdministrator.error, {
    fields: FIELDS,
    byField: { password: t('validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH }), email: t('validation.email') },
    byCode: { conflict: t('setup.alreadySetUp') },
  });

  if (setup.data?.setUp && !createAdministrator.isPending && !createAdministrator.isSuccess) return <Navigate to="/" replace />;

  return (
    <div className="narrow">
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          createAdministrator.mutate({
            name: String(data.get('name')),
            email: String(data.get('email')),
            password: String(data.get('password')),
            loadExample: data.get('loadExample') === 'on',
          });
        }}
      >
        {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="name" label={t('fields.name')} autoComplete="name" isRequired validate={validators.required} />
        <TextInputField name="email" type="email" label={t('fields.email')} autoComplete="email" isRequired validate={validators.email} />
        <TextInputField
          name="password"
          type="password"
          label={t('fields.password')}
          description={t('fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          isRequired
          validate={validators.password}
        />
        <div className="checkbox-field">
          <input type="checkbox" id="setup-load-example" name="loadExample" aria-describedby="setup-load-example-hint" />
          <label htmlFor="setup-load-example" className="field-label">
            {t('setup.loadExample')}
          </label>
          <span id="setup-load-example-hint" className="field-description">
            {t('setup.loadExampleHint')}
          </span>
        </div>
        <Button type="submit" className="button" isPending={createAdministrator.isPending}>
          {t('setup.submit')}
        </Button>
      </Form>
    </div>
  );
}
