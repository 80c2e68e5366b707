import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type SsoLink, type SsoLinks, type SsoRoleRule } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { queries } from '../../queries.ts';

type SsoRole = SsoRoleRule['role'];
const SSO_ROLES: readonly SsoRole[] = ['representative', 'member'];
/** The default role's "no role": people without a matching rule are not admitted. */
const NO_ROLE = 'none';
const FIELDS = ['providerId', 'partnerId', 'rules', 'defaultRole', 'requiresApproval'] as const;

interface Props {
  networkId: string;
  providers: SsoLinks['providers'];
  /** The link to change; without it the form makes a new one. */
  link?: SsoLink;
  onDone: () => void;
  onCancel?: () => void;
}

/**
 * Links a partner to an identity provider with the mapping from a claim or group to the role new
 * people of that partner receive, and whether the coordinator approves each first sign-in.
 * When changing a link, the provider and partner stay as they are.
 */
export function SsoLinkForm({ networkId, providers, link, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const partners = useQuery(queries.partners(networkId));
  const [providerId, setProviderId] = useState<string | null>(link?.providerId ?? null);
  const [partnerId, setPartnerId] = useState<string | null>(link?.partnerId ?? null);
  const [rules, setRules] = useState<SsoRoleRule[]>(link?.rules ?? []);
  const [defaultRole, setDefaultRole] = useState<string>(link ? (link.defaultRole ?? NO_ROLE) : 'member');
  const [requiresApproval, setRequiresApproval] = useState(link?.requiresApproval ?? true);
  const save = useMutation({
    mutationFn: () => {
      const mapping = { rules, defaultRole: defaultRole === NO_ROLE ? null : (defaultRole as SsoRole), requiresApproval };
      return link
        ? unwrap(api.PATCH('/api/networks/{networkId}/sso-links/{linkId}', { params: { path: { networkId, linkId: link.id } }, body: mapping }))
        : unwrap(api.POST('/api/networks/{networkId}/sso-links', { params: { path: { networkId } }, body: { providerId: providerId ?? '', partnerId: partnerId ?? '', ...mapping } }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queries.ssoLinks(networkId).queryKey });
      onDone();
    },
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, { fields: FIELDS, byCode: { conflict: t('ssoLinks.form.conflict') } });
  const roleOptions = SSO_ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }));
  const changeRule = (index: number, change: Partial<SsoRoleRule>) => setRules((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const prefix = link ? `sso-link-${link.id}` : 'sso-link-new';
  return (
    <Form
      className="form"
      aria-labelledby={`${prefix}-heading`}
      validationErrors={fieldErrors}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {link ? <h3 id={`${prefix}-heading`}>{t('ssoLinks.form.editHeading', { partner: link.partnerName })}</h3> : null}
      {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
      {link ? null : (
        <>
          <SelectField
            name="providerId"
            label={t('ssoLinks.form.provider')}
            placeholder={t('ssoLinks.form.providerPlaceholder')}
            description={t('ssoLinks.form.providerHint')}
            options={providers.map((p) => ({ id: p.id, label: t('ssoLinks.providerWithDomains', { name: p.name, domains: p.domains.join(', ') }) }))}
            value={providerId}
            onChange={setProviderId}
            isRequired
            requiredMessage={t('ssoLinks.form.chooseProvider')}
          />
          <SelectField
            name="partnerId"
            label={t('ssoLinks.form.partner')}
            placeholder={t('ssoLinks.form.partnerPlaceholder')}
            options={sortByName(partners.data ?? [], i18n.language).map((p) => ({ id: p.id, label: p.name }))}
            value={partnerId}
            onChange={setPartnerId}
            isRequired
            requiredMessage={t('ssoLinks.form.choosePartner')}
          />
        </>
      )}
      <fieldset className="field">
        <legend className="field-label">{t('ssoLinks.form.rules')}</legend>
        <p className="field-description">{t('ssoLinks.form.rulesHint')}</p>
        {rules.length === 0 ? <p className="muted">{t('ssoLinks.form.noRules')}</p> : null}
        {rules.map((rule, index) => (
          <div key={index} className="sso-rule" role="group" aria-label={t('ssoLinks.form.ruleLabel', { number: index + 1 })}>
            <TextInputField label={t('ssoLinks.form.claim')} description={t('ssoLinks.form.claimHint')} value={rule.claim} onChange={(claim) => changeRule(index, { claim })} isRequired />
            <TextInputField label={t('ssoLinks.form.value')} value={rule.value} onChange={(value) => changeRule(index, { value })} isRequired />
            <SelectField
              label={t('ssoLinks.form.ruleRole')}
              placeholder={t('ssoLinks.form.rolePlaceholder')}
              options={roleOptions}
              value={rule.role}
              onChange={(role) => changeRule(index, { role: (role ?? 'member') as SsoRole })}
            />
            <Button className="button button-small button-secondary" onPress={() => setRules((all) => all.filter((_r, i) => i !== index))}>
              {t('ssoLinks.form.removeRule', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <Button className="button button-small button-secondary" onPress={() => setRules((all) => [...all, { claim: 'groups', value: '', role: 'representative' }])}>
          {t('ssoLinks.form.addRule')}
        </Button>
      </fieldset>
      <SelectField
        name="defaultRole"
        label={t('ssoLinks.form.defaultRole')}
        placeholder={t('ssoLinks.form.rolePlaceholder')}
        description={t('ssoLinks.form.defaultRoleHint')}
        options={[...roleOptions, { id: NO_ROLE, label: t('ssoLinks.noRole') }]}
        value={defaultRole}
        onChange={(v) => setDefaultRole(v ?? NO_ROLE)}
      />
      <div className="checkbox-field">
        <input type="checkbox" id={`${prefix}-approval`} aria-describedby={`${prefix}-approval-hint`} checked={requiresApproval} onChange={(e) => setRequiresApproval(e.currentTarget.checked)} />
        <label htmlFor={`${prefix}-approval`} className="field-label">
          {t('ssoLinks.form.requiresApproval')}
        </label>
        <span id={`${prefix}-approval-hint`} className="field-description">
          {t('ssoLinks.form.requiresApprovalHint')}
        </span>
      </div>
      <div className="form-actions">
        <Button type="submit" className="button" isPending={save.isPending}>
          {link ? t('ssoLinks.form.save') : t('ssoLinks.form.link')}
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
