import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FieldError, Form, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ROLES, unwrap, type Role } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

const FIELDS = ['email', 'role'] as const;

/** The coordinator invites someone by e-mail with a role; the link goes out by mail. */
export function InviteForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const [role, setRole] = useState<Key | null>(null);
  const invite = useMutation({
    mutationFn: (body: { email: string; role: Role }) => unwrap(api.POST('/api/networks/{networkId}/invitations', { params: { path: { networkId } }, body })),
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
          invite.mutate(
            { email, role: role as Role },
            {
              onSuccess: () => {
                form.reset();
                setRole(null);
              },
            },
          );
        }}
      >
        {invite.isSuccess ? <SuccessNotice>{t('invite.sent', { email: invite.data.email })}</SuccessNotice> : null}
        {invite.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="email" type="email" label={t('fields.email')} autoComplete="off" isRequired validate={validators.email} />
        <Select
          name="role"
          className="field"
          placeholder={t('invite.rolePlaceholder')}
          value={role}
          onChange={setRole}
          isRequired
          validate={(value) => (value ? null : t('validation.chooseRole'))}
        >
          <Label className="field-label">{t('invite.role')}</Label>
          <Text slot="description" className="field-description">
            {t('invite.roleHint')}
          </Text>
          <Button className="select-button select-button-field">
            <SelectValue className="select-value" />
            <span aria-hidden="true" className="select-chevron">
              ▾
            </span>
          </Button>
          <FieldError className="field-error" />
          <Popover className="popover">
            <ListBox className="listbox">
              {ROLES.map((r) => (
                <ListBoxItem key={r} id={r} className="listbox-item">
                  {t(`roles.${r}`)}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
        <Button type="submit" className="button" isPending={invite.isPending}>
          {t('invite.submit')}
        </Button>
      </Form>
    </section>
  );
}
