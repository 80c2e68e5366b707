import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { invalidateAvailability, type Capability } from './availabilityQueries.ts';

const FIELDS = ['name', 'description', 'escalation'] as const;
type CapabilityBody = { name: string; description: string; escalation: string };

/** The coordinator adds a capability (or changes the one shown): name, description and whom to escalate to. */
export function CapabilityForm({ networkId, capability, onSaved }: { networkId: string; capability: Capability | null; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: CapabilityBody) =>
      capability
        ? unwrap(api.PATCH('/api/networks/{networkId}/capabilities/{capabilityId}', { params: { path: { networkId, capabilityId: capability.id } }, body }))
        : unwrap(api.POST('/api/networks/{networkId}/capabilities', { params: { path: { networkId } }, body })),
    onSuccess: (saved) => {
      onSaved(saved.id);
      return invalidateAvailability(queryClient, networkId);
    },
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, { fields: FIELDS, byCode: { conflict: t('availability.capabilities.duplicate') } });
  const id = capability ? 'capability-edit-heading' : 'capability-add-heading';
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{capability ? t('availability.capabilities.editHeading', { capability: capability.name }) : t('availability.capabilities.addHeading')}</h2>
      <Form
        key={capability?.id ?? 'new'}
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          save.mutate({ name: text('name'), description: text('description'), escalation: text('escalation') }, { onSuccess: () => (capability ? undefined : form.reset()) });
        }}
      >
        {save.isSuccess ? <SuccessNotice>{t('availability.capabilities.saved', { capability: save.data.name })}</SuccessNotice> : null}
        {save.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="name" label={t('availability.capabilities.name')} description={t('availability.capabilities.nameHint')} defaultValue={capability?.name ?? ''} isRequired minLength={2} />
        <TextInputField name="description" label={t('availability.capabilities.description')} defaultValue={capability?.description ?? ''} multiline />
        <TextInputField name="escalation" label={t('availability.capabilities.escalation')} description={t('availability.capabilities.escalationHint')} defaultValue={capability?.escalation ?? ''} />
        <Button type="submit" className="button" isPending={save.isPending}>
          {capability ? t('availability.capabilities.save') : t('availability.capabilities.add')}
        </Button>
      </Form>
    </section>
  );
}

/** Deletes a capability with all its slots, after confirmation. */
export function DeleteCapabilityButton({ networkId, capability }: { networkId: string; capability: Capability }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/networks/{networkId}/capabilities/{capabilityId}', { params: { path: { networkId, capabilityId: capability.id } } })),
    onSuccess: () => invalidateAvailability(queryClient, networkId),
  });
  return (
    <ConfirmActionButton
      label={t('availability.capabilities.delete')}
      ariaLabel={t('availability.capabilities.deleteLabel', { capability: capability.name })}
      title={t('availability.capabilities.deleteTitle', { capability: capability.name })}
      text={t('availability.capabilities.deleteText', { count: capability.slotCount })}
      confirmLabel={t('availability.form.delete')}
      error={remove.error ? message(remove.error) : null}
      isPending={remove.isPending}
      onConfirm={(close) => remove.mutate(undefined, { onSuccess: close })}
    />
  );
}
