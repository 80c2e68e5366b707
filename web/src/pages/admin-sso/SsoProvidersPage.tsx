import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type SsoProvider } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { SsoProviderForm } from './SsoProviderForm.tsx';

/**
 * Single sign-on through the partner organisations' own identity providers (administrator,
 * issue 14): the redirect URI to register at a provider, the registered providers with the
 * e-mail domains they serve, and forms to register, change and remove one. Secrets are never
 * shown: the API does not send them back.
 */
export function SsoProvidersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('ssoAdmin.title'));
  const me = useQuery(queries.me());
  const isAdmin = me.data?.isAdmin === true;
  const providers = useQuery({ ...queries.ssoProviders(), enabled: isAdmin });
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <>
      <h1>{t('ssoAdmin.title')}</h1>
      <p className="lead">{t('ssoAdmin.intro')}</p>
      {!isAdmin || providers.isError ? (
        providers.isError && !(providers.error instanceof ApiError && providers.error.status === 403) ? (
          <ErrorNotice error={providers.error} onRetry={() => void providers.refetch()} />
        ) : (
          <ErrorNotice>{t('ssoAdmin.adminsOnly')}</ErrorNotice>
        )
      ) : !providers.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="sso-redirect-heading" className="panel">
            <h2 id="sso-redirect-heading">{t('ssoAdmin.redirectHeading')}</h2>
            <p>{t('ssoAdmin.redirectIntro')}</p>
            <p>
              <code data-testid="sso-redirect-uri">{providers.data.redirectUri}</code>
            </p>
            <p>{t('ssoAdmin.redirectScopes')}</p>
          </section>
          {saved ? <SuccessNotice>{t('ssoAdmin.saved', { name: saved })}</SuccessNotice> : null}
          <section aria-labelledby="sso-providers-heading">
            <h2 id="sso-providers-heading">{t('ssoAdmin.listHeading')}</h2>
            {providers.data.providers.length === 0 ? <p>{t('ssoAdmin.none')}</p> : null}
            <ul className="sso-list">
              {providers.data.providers.map((p) => (
                <li key={p.id} className="card">
                  <ProviderCard provider={p} onSaved={setSaved} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="sso-provider-new-heading" className="panel">
            <h2 id="sso-provider-new-heading">{t('ssoAdmin.form.newHeading')}</h2>
            <SsoProviderForm
              key={formKey}
              onDone={(p) => {
                setSaved(p.name);
                setFormKey((k) => k + 1);
              }}
            />
          </section>
        </>
      )}
    </>
  );
}

function ProviderCard({ provider, onSaved }: { provider: SsoProvider; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/admin/sso-providers/{providerId}', { params: { path: { providerId: provider.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queries.ssoProviders().queryKey }),
  });
  if (editing) {
    return (
      <SsoProviderForm
        provider={provider}
        onCancel={() => setEditing(false)}
        onDone={(p) => {
          setEditing(false);
          onSaved(p.name);
        }}
      />
    );
  }
  return (
    <>
      <h3>{provider.name}</h3>
      <dl className="facts">
        <dt>{t('ssoAdmin.form.issuer')}</dt>
        <dd>
          <code>{provider.issuer}</code>
        </dd>
        <dt>{t('ssoAdmin.form.clientId')}</dt>
        <dd>
          <code>{provider.clientId}</code>
        </dd>
        <dt>{t('ssoAdmin.form.clientAuth')}</dt>
        <dd>{t(`ssoAdmin.clientAuth.${provider.clientAuth}`)}</dd>
        <dt>{t('ssoAdmin.form.domains')}</dt>
        <dd>{provider.domains.join(', ')}</dd>
      </dl>
      {provider.publicJwk ? (
        <>
          <p id={`sso-jwk-${provider.id}`}>{t('ssoAdmin.publicKey')}</p>
          <pre className="code-block" tabIndex={0} aria-labelledby={`sso-jwk-${provider.id}`}>
            {JSON.stringify({ keys: [provider.publicJwk] }, null, 2)}
          </pre>
        </>
      ) : (
        <p className="muted">{t('ssoAdmin.secretStored')}</p>
      )}
      <div className="form-actions">
        <Button className="button button-small button-secondary" aria-label={t('ssoAdmin.editLabel', { name: provider.name })} onPress={() => setEditing(true)}>
          {t('ssoAdmin.edit')}
        </Button>
        <ConfirmActionButton
          label={t('ssoAdmin.remove')}
          ariaLabel={t('ssoAdmin.removeLabel', { name: provider.name })}
          title={t('ssoAdmin.removeTitle', { name: provider.name })}
          text={t('ssoAdmin.removeText')}
          confirmLabel={t('ssoAdmin.remove')}
          error={remove.error ? message(remove.error) : null}
          isPending={remove.isPending}
          onConfirm={(close) => remove.mutate(undefined, { onSuccess: close })}
        />
      </div>
    </>
  );
}
