import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FieldError, Form, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, Select, SelectValue, Text, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type HistoryOutcome } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';
import { invalidateHistory } from './invalidateHistory.ts';

const FIELDS = ['title', 'partnerIds', 'startedOn', 'endedOn', 'outcome', 'note'] as const;
export const OUTCOMES: readonly HistoryOutcome[] = ['positive', 'mixed', 'negative'];

interface NewEntry {
  title: string;
  partnerIds: string[];
  startedOn: string | null;
  endedOn: string | null;
  outcome: HistoryOutcome;
  note: string;
}

/**
 * Records an earlier collaboration: what, which partners, when and how it went. A representative
 * starts with their own partner chosen; it must stay among the partners.
 */
export function AddHistoryEntryForm({ networkId, myPartnerId }: { networkId: string; myPartnerId: string | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const partners = useQuery(queries.partners(networkId));
  const initialPartners = myPartnerId ? [myPartnerId] : [];
  const [partnerIds, setPartnerIds] = useState<Key[]>(initialPartners);
  const [outcome, setOutcome] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (body: NewEntry) => unwrap(api.POST('/api/networks/{networkId}/history', { params: { path: { networkId } }, body })),
    onSuccess: () => invalidateHistory(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, {
    fields: FIELDS,
    byField: { partnerIds: t('history.form.partnersInvalid'), endedOn: t('history.form.endBeforeStart') },
    byCode: { forbidden: t('history.form.ownPartnerOnly') },
  });
  const options = partners.data ? sortByName(partners.data, i18n.language) : [];

  if (partners.data && partners.data.length < 2) {
    return (
      <section aria-labelledby="add-history-heading" className="panel">
        <h2 id="add-history-heading">{t('history.form.heading')}</h2>
        <p className="muted">{t('history.form.tooFewPartners')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="add-history-heading" className="panel">
      <h2 id="add-history-heading">{t('history.form.heading')}</h2>
      <p>{t('history.form.intro')}</p>
      <Form
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          add.mutate(
            {
              title: text('title'),
              partnerIds: partnerIds.map(String),
              startedOn: text('startedOn') || null,
              endedOn: text('endedOn') || null,
              outcome: outcome as HistoryOutcome,
              note: text('note'),
            },
            {
              onSuccess: () => {
                form.reset();
                setPartnerIds(initialPartners);
                setOutcome(null);
              },
            },
          );
        }}
      >
        {add.isSuccess ? <SuccessNotice>{t('history.form.added', { title: add.data.title })}</SuccessNotice> : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="title" label={t('history.form.title')} description={t('history.form.titleHint')} isRequired validate={validators.minLength(2)} />
        <Select
          selectionMode="multiple"
          name="partnerIds"
          className="field"
          placeholder={t('history.form.partnersPlaceholder')}
          value={partnerIds}
          onChange={(keys) => setPartnerIds([...keys])}
          isRequired
          validate={(keys) => (keys.length < 2 ? t('history.form.choosePartners') : null)}
        >
          <Label className="field-label">{t('history.form.partners')}</Label>
          <Text slot="description" className="field-description">
            {myPartnerId ? t('history.form.partnersHintRepresentative') : t('history.form.partnersHint')}
          </Text>
          <Button className="select-button select-button-field select-button-multiple">
            <SelectValue className="select-value" />
            <span aria-hidden="true" className="select-chevron">
              ▾
            </span>
          </Button>
          <FieldError className="field-error">
            {(validation) => (validation.validationDetails.valueMissing ? t('history.form.choosePartners') : validation.validationErrors.join(' '))}
          </FieldError>
          <Popover className="popover">
            <ListBox className="listbox" items={options}>
              {(partner) => (
                <ListBoxItem id={partner.id} className="listbox-item listbox-item-check" textValue={partner.name}>
                  {partner.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
        <div className="field-row">
          <TextInputField name="startedOn" type="date" label={t('history.form.startedOn')} description={t('history.form.dateHint')} />
          <TextInputField name="endedOn" type="date" label={t('history.form.endedOn')} description={t('history.form.dateHint')} />
        </div>
        <RadioGroup name="outcome" className="field" value={outcome} onChange={setOutcome} isRequired validate={(v) => (v ? null : t('history.form.chooseOutcome'))}>
          <Label className="field-label">{t('history.form.outcome')}</Label>
          <div className="radio-list">
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} className="radio">
                {t(`history.outcomes.${o}`)}
              </Radio>
            ))}
          </div>
          <FieldError className="field-error">{t('history.form.chooseOutcome')}</FieldError>
        </RadioGroup>
        <TextInputField name="note" label={t('history.form.note')} description={t('history.form.noteHint')} multiline />
        <Button type="submit" className="button" isPending={add.isPending}>
          {t('history.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
