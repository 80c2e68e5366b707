import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { queries } from '../../queries.ts';
import { invalidateAvailability, type Slot } from './availabilityQueries.ts';

const FIELDS = ['partnerId', 'weekday', 'start', 'end', 'validFrom', 'validUntil', 'priority', 'contact'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
type Weekday = (typeof WEEKDAYS)[number];

/**
 * Adds a weekly slot, or changes the one being edited. The coordinator chooses any partner; a
 * representative gives their own partner's slots only.
 */
export function SlotForm({ networkId, capabilityId, myPartnerId, editing, onDone }: { networkId: string; capabilityId: string; myPartnerId: string | null; editing: Slot | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const partners = useQuery(queries.partners(networkId));
  const [partnerId, setPartnerId] = useState<string | null>(editing?.partner.id ?? myPartnerId);
  const [weekday, setWeekday] = useState<string | null>(editing ? String(editing.weekday) : null);
  const save = useMutation({
    mutationFn: (body: { weekday: Weekday; start: string; end: string; validFrom: string | null; validUntil: string | null; priority: number; contact: string }) =>
      editing
        ? unwrap(api.PATCH('/api/networks/{networkId}/availability-slots/{slotId}', { params: { path: { networkId, slotId: editing.id } }, body }))
        : unwrap(api.POST('/api/networks/{networkId}/availability-slots', { params: { path: { networkId } }, body: { ...body, capabilityId, partnerId: partnerId ?? '' } })),
    onSuccess: () => invalidateAvailability(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, {
    fields: FIELDS,
    byField: { contact: t('availability.slots.contactInvalid'), validUntil: t('availability.form.endBeforeStart') },
    byCode: { forbidden: t('availability.form.ownPartnerOnly') },
  });
  const partnerOptions = (partners.data ? sortByName(partners.data, i18n.language) : [])
    .filter((p) => myPartnerId === null || p.id === myPartnerId)
    .map((p) => ({ id: p.id, label: p.name }));
  const heading = editing ? t('availability.slots.editHeading', { partner: editing.partner.name }) : t('availability.slots.addHeading');

  return (
    <section aria-labelledby="slot-form-heading" className="panel">
      <h2 id="slot-form-heading">{heading}</h2>
      <Form
        key={editing?.id ?? 'new'}
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          save.mutate(
            {
              weekday: Number(weekday) as Weekday,
              start: text('start'),
              end: text('end'),
              validFrom: text('validFrom') || null,
              validUntil: text('validUntil') || null,
              priority: Number(text('priority') || '1'),
              contact: text('contact'),
            },
            {
              onSuccess: () => {
                if (!editing) form.reset();
                onDone();
              },
            },
          );
        }}
      >
        {save.isSuccess ? <SuccessNotice>{t('availability.slots.saved')}</SuccessNotice> : null}
        {save.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <SelectField
          name="partnerId"
          label={t('availability.form.partner')}
          placeholder={t('availability.form.choosePartner')}
          options={partnerOptions}
          value={partnerId}
          onChange={setPartnerId}
          isRequired
          isDisabled={editing !== null || myPartnerId !== null}
          requiredMessage={t('availability.form.choosePartner')}
        />
        <SelectField
          name="weekday"
          label={t('availability.slots.weekday')}
          placeholder={t('availability.slots.chooseWeekday')}
          options={WEEKDAYS.map((d) => ({ id: String(d), label: t(`availability.weekdays.${d}`) }))}
          value={weekday}
          onChange={setWeekday}
          isRequired
          requiredMessage={t('availability.slots.chooseWeekday')}
        />
        <div className="field-row">
          <TextInputField name="start" type="time" label={t('availability.slots.start')} defaultValue={editing?.start ?? ''} isRequired />
          <TextInputField name="end" type="time" label={t('availability.slots.end')} description={t('availability.slots.endHint')} defaultValue={editing?.end ?? ''} isRequired />
        </div>
        <div className="field-row">
          <TextInputField name="validFrom" type="date" label={t('availability.slots.validFrom')} description={t('availability.slots.validHint')} defaultValue={editing?.validFrom ?? ''} />
          <TextInputField name="validUntil" type="date" label={t('availability.slots.validUntil')} description={t('availability.slots.validHint')} defaultValue={editing?.validUntil ?? ''} />
        </div>
        <TextInputField name="priority" type="number" label={t('availability.slots.priority')} description={t('availability.slots.priorityHint')} defaultValue={String(editing?.priority ?? 1)} />
        <TextInputField name="contact" type="tel" label={t('availability.slots.contact')} description={t('availability.slots.contactHint')} defaultValue={editing?.contact ?? ''} isRequired />
        <div className="form-actions">
          <Button type="submit" className="button" isPending={save.isPending}>
            {editing ? t('availability.slots.save') : t('availability.slots.add')}
          </Button>
          {editing ? (
            <Button className="button button-secondary" onPress={onDone}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
