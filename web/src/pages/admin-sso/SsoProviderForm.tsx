import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FieldError, Form, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type SsoProvider } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

type ClientAuth = SsoProvider['clientAuth'];
const CLIENT_AUTHS: readonly ClientAuth[] = ['client_secret_basic', 'private_key_jwt'];
const FIELDS = ['name', 'issuer', 'clientId', 'clientAuth', 'clientSecret', 'domains'] as const;

/** The e-mail domains as typed: separated by commas, spaces or new lines. */
const splitDomains = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

interface Props {
  /** The provider to change; without it the form registers a new one. */
  provider?: SsoProvider;
  onDone: (provider: SsoProvider) => void;
  onCancel?: () => void;
}

/**
 * Registers or changes an identity provider (administrator). The secret field always starts
 * empty: the API never sends a stored secret back, and when changing a provider an empty field
 * keeps the stored one.
 */
export function SsoProviderForm({ provider, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const validators = useValidators();
  const queryClient = useQueryClient();
  const [clientAuth, setClientAuth] = useState<ClientAuth>(provider?.clientAuth ?? 'client_secret_basic');
  const save = useMutation({
    mutationFn: (form: FormData) => {
      const secret = String(form.get('clientSecret') ?? '');
      const body = {
        name: String(form.get('name')),
        issuer: String(form.get('issuer')),
        clientId: String(form.get('clientId')),
        clientAuth,
        domains: splitDomains(String(form.get('domains'))),
        ...(clientAuth === 'client_secret_basic' && secret ? { clientSecret: secret } : {}),
        ...(provider && clientAuth === 'private_key_jwt' && form.get('newKeyPair') === 'on' ? { newKeyPair: true } : {}),
      };
      return provider
        ? unwrap(api.PATCH('/api/admin/sso-providers/{providerId}', { params: { path: { providerId: provider.id } }, body }))
        : unwrap(api.POST('/api/admin/sso-providers', { body }));
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: queries.ssoProviders().queryKey });
      onDone(saved);
    },
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, {
    fields: FIELDS,
    byField: { domains: t('ssoAdmin.form.domainsInvalid'), issuer: t('ssoAdmin.form.issuerInvalid'), clientSecret: t('ssoAdmin.form.secretRequired') },
    byCode: { conflict: t('ssoAdmin.form.conflict') },
  });
  const prefix = provider ? `sso-provider-${provider.id}` : 'sso-provider-new';
  return (
    <Form
      className="form"
      aria-labelledby={`${prefix}-heading`}
      validationErrors={fieldErrors}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(new FormData(e.currentTarget));
      }}
    >
      {provider ? <h3 id={`${prefix}-heading`}>{t('ssoAdmin.form.editHeading', { name: provider.name })}</h3> : null}
      {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
      <TextInputField name="name" label={t('ssoAdmin.form.name')} description={t('ssoAdmin.form.nameHint')} defaultValue={provider?.name} isRequired validate={validators.required} />
      <TextInputField
        name="issuer"
        type="url"
        label={t('ssoAdmin.form.issuer')}
        description={t('ssoAdmin.form.issuerHint')}
        defaultValue={provider?.issuer}
        isRequired
        validate={validators.required}
      />
      <TextInputField name="clientId" label={t('ssoAdmin.form.clientId')} description={t('ssoAdmin.form.clientIdHint')} defaultValue={provider?.clientId} isRequired validate={validators.required} />
      <RadioGroup name="clientAuth" className="field" value={clientAuth} onChange={(v) => setClientAuth(v as ClientAuth)} isRequired>
        <Label className="field-label">{t('ssoAdmin.form.clientAuth')}</Label>
        <div className="radio-list">
          {CLIENT_AUTHS.map((a) => (
            <Radio key={a} value={a} className="radio">
              {t(`ssoAdmin.clientAuth.${a}`)}
            </Radio>
          ))}
        </div>
        <Text slot="description" className="field-description">
          {t(`ssoAdmin.clientAuthHint.${clientAuth}`)}
        </Text>
        <FieldError className="field-error" />
      </RadioGroup>
      {clientAuth === 'client_secret_basic' ? (
        <TextInputField
          name="clientSecret"
          type="password"
          autoComplete="off"
          label={t('ssoAdmin.form.clientSecret')}
          description={provider?.clientAuth === 'client_secret_basic' ? t('ssoAdmin.form.clientSecretKeep') : t('ssoAdmin.form.clientSecretHint')}
          isRequired={provider?.clientAuth !== 'client_secret_basic'}
          validate={provider?.clientAuth === 'client_secret_basic' ? undefined : validators.required}
        />
      ) : provider?.clientAuth === 'private_key_jwt' ? (
        <div className="checkbox-field">
          <input type="checkbox" id={`${prefix}-new-key`} name="newKeyPair" aria-describedby={`${prefix}-new-key-hint`} />
          <label htmlFor={`${prefix}-new-key`} className="field-label">
            {t('ssoAdmin.form.newKeyPair')}
          </label>
          <span id={`${prefix}-new-key-hint`} className="field-description">
            {t('ssoAdmin.form.newKeyPairHint')}
          </span>
        </div>
      ) : null}
      <TextInputField
        name="domains"
        label={t('ssoAdmin.form.domains')}
        description={t('ssoAdmin.form.domainsHint')}
        defaultValue={provider?.domains.join(', ')}
        isRequired
        validate={validators.required}
      />
      <div className="form-actions">
        <Button type="submit" className="button" isPending={save.isPending}>
          {provider ? t('ssoAdmin.form.save') : t('ssoAdmin.form.register')}
        </Button>
        {onCancel ? (
          <Button className="button button-secondary" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
