import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ROLES, unwrap, type Role } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

const FIELDS = ['email', 'role', 'partnerId'] as const;
const NO_PARTNER = 'none';

/**
 * The coordinator invites someone by e-mail with a role; the link goes out by mail. A
 * representative speaks for a partner organisation, a member may work for one, and coordinators
 * and observers speak for none (DESIGN §2).
 */
export function InviteForm({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const [role, setRole] = useState<Role | null>(null);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const partners = useQuery(queries.partners(networkId));
  const representative = role === 'representative';
  const withPartner = representative || role === 'member';
  const partnerOptions = [
    ...(representative ? [] : [{ id: NO_PARTNER, label: t('invitePartner.none') }]),
    ...sortByName(partners.data ?? [], i18n.language).map((p) => ({ id: p.id, label: p.name })),
  ];
  const invite = useMutation({
    mutationFn: (body: { email: string; role: Role; partnerId?: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/invitations', { params: { path: { networkId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queries.invitations(networkId).queryKey }),
  });
  const { fieldErrors, generalError } = useFormErrors(invite.error, {
    fields: FIELDS,
    byField: { email: t('validation.email'), partnerId: t('invite.partnerRequired') },
    byCode: { conflict: t('invite.alreadyMember') },
  });

  return (
    <section aria-labelledby="invite-heading" className="panel">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const email = String(new FormData(form).get('email')).trim();
          const partner = withPartner && partnerId && partnerId !== NO_PARTNER ? { partnerId } : {};
          invite.mutate(
            { email, role: role as Role, ...partner },
            {
              onSuccess: () => {
                form.reset();
                setRole(null);
                setPartnerId(null);
              },
            },
          );
        }}
      >
        {invite.isSuccess ? <SuccessNotice>{t('invite.sent', { email: invite.data.email })}</SuccessNotice> : null}
        {invite.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="email" type="email" label={t('fields.email')} autoComplete="off" isRequired validate={validators.email} />
        <SelectField
          name="role"
          label={t('invite.role')}
          placeholder={t('invite.rolePlaceholder')}
          description={t('invite.roleHint')}
          options={ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(next) => {
            setRole(next as Role | null);
            if (next === 'representative' && partnerId === NO_PARTNER) setPartnerId(null);
          }}
          isRequired
          requiredMessage={t('validation.chooseRole')}
        />
        {withPartner ? (
          <SelectField
            name="partnerId"
            label={t('invitePartner.label')}
            placeholder={t('invitePartner.placeholder')}
            description={representative ? t('invitePartner.hintRepresentative') : t('invitePartner.hintMember')}
            options={partnerOptions}
            value={partnerId}
            onChange={setPartnerId}
            isRequired={representative}
            requiredMessage={t('invitePartner.required')}
          />
        ) : null}
        {representative && partners.data?.length === 0 ? <p className="notice notice-info">{t('invitePartner.noPartners')}</p> : null}
        <Button type="submit" className="button" isPending={invite.isPending}>
          {t('invite.submit')}
        </Button>
      </Form>
    </section>
  );
}
