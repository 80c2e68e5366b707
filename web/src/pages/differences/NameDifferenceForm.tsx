import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { DIFFERENCE_KINDS, invalidateDialogue, type DifferenceKind } from '../../components/dialogueQueries.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { PartnerCheckboxes } from '../../components/PartnerCheckboxes.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';

/** Puts a difference on the agenda; a representative's own partner is always part of it. */
export function NameDifferenceForm({ networkId, myPartnerId }: { networkId: string; myPartnerId: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const add = useMutation({
    mutationFn: (body: { topic: string; description: string; kind: DifferenceKind; partnerIds: string[] }) =>
      unwrap(api.POST('/api/networks/{networkId}/differences', { params: { path: { networkId } }, body })),
    onSuccess: () => {
      setFormKey((k) => k + 1);
      return invalidateDialogue(queryClient, networkId, 'differences');
    },
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, {
    fields: ['topic', 'description', 'kind', 'partnerIds'],
    byField: { partnerIds: t('differences.form.choosePartners') },
    byCode: { forbidden: t('differences.form.ownPartner') },
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    add.mutate({
      topic: String(data.get('topic') ?? '').trim(),
      description: String(data.get('description') ?? '').trim(),
      kind: String(data.get('kind')) as DifferenceKind,
      partnerIds: [...new Set(data.getAll('partnerIds').map(String))],
    });
  };
  return (
    <section aria-labelledby="name-difference-heading" className="panel">
      <h2 id="name-difference-heading">{t('differences.form.heading')}</h2>
      <p>{t('differences.form.intro')}</p>
      <form key={formKey} className="form form-wide" onSubmit={submit}>
        {add.isSuccess ? <SuccessNotice>{t('differences.form.added', { topic: add.data.topic })}</SuccessNotice> : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <div className="field">
          <label className="field-label" htmlFor="difference-topic">
            {t('differences.form.topic')}
          </label>
          <input id="difference-topic" name="topic" className="input" required minLength={2} maxLength={200} aria-invalid={fieldErrors.topic ? true : undefined} />
          {fieldErrors.topic ? <p className="field-error">{fieldErrors.topic}</p> : null}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="difference-kind">
            {t('differences.form.kind')}
          </label>
          <select id="difference-kind" name="kind" className="input" required defaultValue="">
            <option value="" disabled>
              {t('differences.form.chooseKind')}
            </option>
            {DIFFERENCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`differences.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="difference-description">
            {t('differences.form.description')}
          </label>
          <textarea id="difference-description" name="description" className="input textarea" rows={3} maxLength={5000} />
        </div>
        <PartnerCheckboxes networkId={networkId} name="partnerIds" legend={t('differences.form.partners')} locked={myPartnerId} error={fieldErrors.partnerIds} />
        <button type="submit" className="button" disabled={add.isPending}>
          {t('differences.form.submit')}
        </button>
      </form>
    </section>
  );
}
