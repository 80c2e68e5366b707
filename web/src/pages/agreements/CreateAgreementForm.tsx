import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { AGREEMENT_KINDS, agreementQueries, invalidateAgreements, type AgreementKind } from '../agreement/agreementQueries.ts';
import { PartyChoice, type PartyScope } from '../agreement/PartyChoice.tsx';

const FIELDS = ['kind', 'title', 'partyIds', 'reviewOn', 'body', 'changeNote'] as const;

/**
 * Drafts a new agreement (the coordinator): its kind, title, parties (all partners, also those that
 * join later, or a chosen set), review date and the text of version 1 in Markdown. Ground rules
 * start from the template with the four core questions, in the language of the UI.
 */
export function CreateAgreementForm({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const validators = useValidators();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const template = useQuery(agreementQueries.template(networkId, lang));
  const [kind, setKind] = useState<AgreementKind | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [scope, setScope] = useState<PartyScope>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: (input: { kind: AgreementKind; title: string; partyIds: string[] | null; reviewOn: string | null; body: string; changeNote: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/agreements', { params: { path: { networkId } }, body: input })),
    onSuccess: async (agreement) => {
      await invalidateAgreements(queryClient, networkId);
      void navigate(`/networks/${networkId}/agreements/${agreement.id}`);
    },
  });
  const { fieldErrors, generalError } = useFormErrors(create.error, { fields: FIELDS });

  const chooseKind = (value: string | null) => {
    const next = AGREEMENT_KINDS.find((k) => k === value) ?? null;
    setKind(next);
    // Ground rules start from the template, unless something of one's own has been written already.
    if (next === 'ground_rules' && template.data) {
      if (!body.trim()) setBody(template.data.body);
      if (!title.trim()) setTitle(template.data.title);
    }
  };

  return (
    <section aria-labelledby="create-agreement-heading" className="panel">
      <h2 id="create-agreement-heading">{t('agreements.create.heading')}</h2>
      <Form
        className="form form-wide agreement-form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          if (!kind) return;
          const data = new FormData(e.currentTarget);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          create.mutate({
            kind,
            title: title.trim(),
            partyIds: scope === 'all' ? null : chosen,
            reviewOn: text('reviewOn') || null,
            body,
            changeNote: text('changeNote'),
          });
        }}
      >
        {create.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <SelectField
          name="kind"
          label={t('agreements.create.kind')}
          placeholder={t('agreements.create.chooseKind')}
          options={AGREEMENT_KINDS.map((k) => ({ id: k, label: t(`agreements.kinds.${k}`) }))}
          value={kind}
          onChange={chooseKind}
          isRequired
          requiredMessage={t('agreements.create.chooseKind')}
        />
        {kind === 'ground_rules' ? <p className="field-description">{t('agreements.create.templateNote')}</p> : null}
        <TextInputField name="title" label={t('agreements.create.title')} value={title} onChange={setTitle} isRequired validate={validators.minLength(2)} />
        <PartyChoice networkId={networkId} scope={scope} onScopeChange={setScope} chosen={chosen} onChosenChange={setChosen} idPrefix="party" error={fieldErrors.partyIds} />
        <TextInputField name="reviewOn" type="date" label={t('agreements.create.reviewOn')} description={t('agreements.create.reviewOnHint')} />
        <TextInputField
          name="body"
          label={t('agreements.create.body')}
          description={t('agreements.create.bodyHint')}
          value={body}
          onChange={setBody}
          multiline
          isRequired
          validate={validators.required}
        />
        <TextInputField name="changeNote" label={t('agreements.create.changeNote')} description={t('agreements.create.changeNoteHint')} />
        <Button type="submit" className="button" isPending={create.isPending}>
          {t('agreements.create.submit')}
        </Button>
      </Form>
    </section>
  );
}
