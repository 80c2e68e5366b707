import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap, type SsoLink, type SsoLinks } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { PendingSignIns } from './PendingSignIns.tsx';
import { SsoLinkForm } from './SsoLinkForm.tsx';

/**
 * Single sign-on in a network (coordinator, issue 14): which partner's people sign in through
 * which identity provider, with the role their claims or groups give them; who waits for
 * approval after a first sign-in; and forms to link, change and end a link.
 */
export function SsoLinksPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const coordinator = network.data?.myRole === 'coordinator';
  const links = useQuery({ ...queries.ssoLinks(networkId), enabled: coordinator });
  useDocumentTitle(network.data ? `${t('ssoLinks.title')} – ${network.data.name}` : t('ssoLinks.title'));
  return (
    <>
      <h1>{t('ssoLinks.title')}</h1>
      <p className="lead">{t('ssoLinks.intro')}</p>
      {network.isPending ? (
        <Loading />
      ) : network.isError ? (
        <ErrorNotice error={network.error} onRetry={() => void network.refetch()} />
      ) : !coordinator ? (
        <p className="notice notice-info">{t('ssoLinks.coordinatorOnly')}</p>
      ) : links.isError ? (
        <ErrorNotice error={links.error} onRetry={() => void links.refetch()} />
      ) : !links.data ? (
        <Loading />
      ) : (
        <SsoLinksContent networkId={networkId} data={links.data} />
      )}
    </>
  );
}

function SsoLinksContent({ networkId, data }: { networkId: string; data: SsoLinks }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const unlinked = data.providers.filter((p) => !data.links.some((l) => l.providerId === p.id));
  return (
    <>
      <PendingSignIns networkId={networkId} pending={data.pending} />
      {saved ? <SuccessNotice>{t('ssoLinks.saved')}</SuccessNotice> : null}
      <section aria-labelledby="sso-links-heading">
        <h2 id="sso-links-heading">{t('ssoLinks.listHeading')}</h2>
        {data.links.length === 0 ? <p>{t('ssoLinks.none')}</p> : null}
        <ul className="sso-list">
          {data.links.map((link) => (
            <li key={link.id} className="card">
              <LinkCard networkId={networkId} link={link} providers={data.providers} onSaved={() => setSaved(true)} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sso-link-new-heading" className="panel">
        <h2 id="sso-link-new-heading">{t('ssoLinks.form.newHeading')}</h2>
        {data.providers.length === 0 ? (
          <p>{t('ssoLinks.noProviders')}</p>
        ) : unlinked.length === 0 ? (
          <p>{t('ssoLinks.allLinked')}</p>
        ) : (
          <SsoLinkForm
            key={formKey}
            networkId={networkId}
            providers={unlinked}
            onDone={() => {
              setSaved(true);
              setFormKey((k) => k + 1);
            }}
          />
        )}
      </section>
    </>
  );
}

function LinkCard({ networkId, link, providers, onSaved }: { networkId: string; link: SsoLink; providers: SsoLinks['providers']; onSaved: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const unlink = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/networks/{networkId}/sso-links/{linkId}', { params: { path: { networkId, linkId: link.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queries.ssoLinks(networkId).queryKey }),
  });
  if (editing) {
    return (
      <SsoLinkForm
        networkId={networkId}
        providers={providers}
        link={link}
        onCancel={() => setEditing(false)}
        onDone={() => {
          setEditing(false);
          onSaved();
        }}
      />
    );
  }
  const domains = providers.find((p) => p.id === link.providerId)?.domains ?? [];
  return (
    <>
      <h3>{link.partnerName}</h3>
      <dl className="facts">
        <dt>{t('ssoLinks.form.provider')}</dt>
        <dd>{t('ssoLinks.providerWithDomains', { name: link.providerName, domains: domains.join(', ') })}</dd>
        <dt>{t('ssoLinks.form.rules')}</dt>
        <dd>
          {link.rules.length === 0 ? (
            t('ssoLinks.form.noRules')
          ) : (
            <ul>
              {link.rules.map((rule, i) => (
                <li key={i}>{t('ssoLinks.ruleText', { claim: rule.claim, value: rule.value, role: t(`roles.${rule.role}`) })}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('ssoLinks.form.defaultRole')}</dt>
        <dd>{link.defaultRole ? t(`roles.${link.defaultRole}`) : t('ssoLinks.noRole')}</dd>
        <dt>{t('ssoLinks.approval')}</dt>
        <dd>{link.requiresApproval ? t('ssoLinks.approvalRequired') : t('ssoLinks.approvalNotRequired')}</dd>
      </dl>
      <div className="form-actions">
        <Button className="button button-small button-secondary" aria-label={t('ssoLinks.editLabel', { partner: link.partnerName })} onPress={() => setEditing(true)}>
          {t('ssoLinks.edit')}
        </Button>
        <ConfirmActionButton
          label={t('ssoLinks.unlink')}
          ariaLabel={t('ssoLinks.unlinkLabel', { partner: link.partnerName })}
          title={t('ssoLinks.unlinkTitle', { partner: link.partnerName })}
          text={t('ssoLinks.unlinkText')}
          confirmLabel={t('ssoLinks.unlink')}
          error={unlink.error ? message(unlink.error) : null}
          isPending={unlink.isPending}
          onConfirm={(close) => unlink.mutate(undefined, { onSuccess: close })}
        />
      </div>
    </>
  );
}
