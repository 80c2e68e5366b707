import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';
import { invalidateAgreements, type Agreement } from './agreementQueries.ts';

/**
 * The coordinator renames an agreement or changes who is party to it. A changed set of parties
 * while a version is proposed is checked again: when every remaining party has consented, that
 * version comes into force.
 */
export function PartiesForm({ networkId, agreement }: { networkId: string; agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const partners = useQuery(queries.partners(networkId));
  const [scope, setScope] = useState<'all' | 'chosen'>(agreement.allPartners ? 'all' : 'chosen');
  const [chosen, setChosen] = useState<string[]>(agreement.parties.map((p) => p.id));
  const save = useMutation({
    mutationFn: (body: { title: string; partyIds: string[] | null }) =>
      unwrap(api.PATCH('/api/networks/{networkId}/agreements/{agreementId}', { params: { path: { networkId, agreementId: agreement.id } }, body })),
    onSettled: () => invalidateAgreements(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, { fields: ['title', 'partyIds'] });
  const options = partners.data ? sortByName(partners.data, i18n.language) : [];
  return (
    <>
      <h3>{t('agreement.actions.partiesHeading')}</h3>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const title = String(new FormData(e.currentTarget).get('title') ?? '').trim();
          save.mutate({ title, partyIds: scope === 'all' ? null : chosen });
        }}
      >
        {save.isSuccess ? <SuccessNotice>{t('agreement.actions.partiesSaved')}</SuccessNotice> : null}
        {save.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="title" label={t('agreements.create.title')} defaultValue={agreement.title} isRequired validate={validators.minLength(2)} />
        <RadioGroup className="field" value={scope} onChange={(v) => setScope(v === 'chosen' ? 'chosen' : 'all')}>
          <Label className="field-label">{t('agreements.create.parties')}</Label>
          <div className="radio-list">
            <Radio value="all" className="radio">
              {t('agreements.create.allPartners')}
            </Radio>
            <Radio value="chosen" className="radio">
              {t('agreements.create.chosenPartners')}
            </Radio>
          </div>
        </RadioGroup>
        {scope === 'chosen' ? (
          <fieldset className="party-choice">
            <legend>{t('agreements.create.chooseParties')}</legend>
            {options.map((p) => (
              <div key={p.id} className="checkbox-field">
                <input
                  type="checkbox"
                  id={`edit-party-${p.id}`}
                  checked={chosen.includes(p.id)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((id) => id !== p.id)))}
                />
                <label htmlFor={`edit-party-${p.id}`}>{p.name}</label>
              </div>
            ))}
            {fieldErrors.partyIds ? <p className="field-error">{fieldErrors.partyIds}</p> : null}
          </fieldset>
        ) : null}
        <Button type="submit" className="button button-secondary" isPending={save.isPending}>
          {t('agreement.actions.saveParties')}
        </Button>
      </Form>
    </>
  );
}
