import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { MIN_PASSWORD_LENGTH, useValidators } from '../../components/useValidators.ts';
import { useAcceptInvitation } from './useAcceptInvitation.ts';

const FIELDS = ['name', 'password'] as const;

/** For someone without an account: choose a name and password, and join in one step. */
export function AcceptWithNewAccountForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const [password, setPassword] = useState('');
  const accept = useAcceptInvitation(token);
  const { fieldErrors, generalError } = useFormErrors(accept.error, {
    fields: FIELDS,
    byField: { password: t('validation.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) },
    byCode: { conflict: t('invitation.accepted'), gone: t('invitation.gone') },
  });
  return (
    <section aria-labelledby="new-account-heading">
      <h2 id="new-account-heading">{t('invitation.newAccountHeading')}</h2>
      <p>{t('invitation.newAccountIntro', { email })}</p>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          accept.mutate({ name: String(new FormData(e.currentTarget).get('name')).trim(), password });
        }}
      >
        {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="name" label={t('fields.name')} autoComplete="name" isRequired validate={validators.required} />
        <NewPasswordFields label={t('fields.password')} password={password} onChange={setPassword} />
        <Button type="submit" className="button" isPending={accept.isPending}>
          {t('invitation.acceptWithNewAccount')}
        </Button>
      </Form>
    </section>
  );
}
