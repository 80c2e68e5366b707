import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { invalidateAgreements, type Agreement } from './agreementQueries.ts';
import { PartyChoice, type PartyScope } from './PartyChoice.tsx';

/**
 * The coordinator renames an agreement or changes who is party to it. A changed set of parties
 * while a version is proposed is checked again: when every remaining party has consented, that
 * version comes into force.
 */
export function PartiesForm({ networkId, agreement }: { networkId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const [scope, setScope] = useState<PartyScope>(agreement.allPartners ? 'all' : 'chosen');
  const [chosen, setChosen] = useState<string[]>(agreement.parties.map((p) => p.id));
  const save = useMutation({
    mutationFn: (body: { title: string; partyIds: string[] | null }) =>
      unwrap(api.PATCH('/api/networks/{networkId}/agreements/{agreementId}', { params: { path: { networkId, agreementId: agreement.id } }, body })),
    onSettled: () => invalidateAgreements(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, { fields: ['title', 'partyIds'] });
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
        <PartyChoice networkId={networkId} scope={scope} onScopeChange={setScope} chosen={chosen} onChosenChange={setChosen} idPrefix="edit-party" error={fieldErrors.partyIds} />
        <Button type="submit" className="button button-secondary" isPending={save.isPending}>
          {t('agreement.actions.saveParties')}
        </Button>
      </Form>
    </>
  );
}
