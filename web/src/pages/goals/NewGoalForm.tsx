import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';
import { invalidateGoals } from './goalQueries.ts';

const FIELDS = ['title', 'indicator', 'unit', 'baseline', 'target', 'deadline', 'agreedResult', 'partnerIds'] as const;
const toNumber = (s: string) => Number(s.replace(',', '.'));

/** The coordinator sets out a goal; the involved partners are asked to accept its agreed result. */
export function NewGoalForm({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const partners = useQuery(queries.partners(networkId));
  const add = useMutation({
    mutationFn: (body: { title: string; indicator: string; unit: string; baseline: number | null; target: number; deadline: string; agreedResult: string; partnerIds: string[] }) =>
      unwrap(api.POST('/api/networks/{networkId}/goals', { params: { path: { networkId } }, body })),
    onSuccess: () => invalidateGoals(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, { fields: FIELDS, byField: { partnerIds: t('goals.form.choosePartners') } });
  return (
    <section aria-labelledby="new-goal-heading" className="panel">
      <h2 id="new-goal-heading">{t('goals.form.heading')}</h2>
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
              indicator: text('indicator'),
              unit: text('unit'),
              baseline: text('baseline') ? toNumber(text('baseline')) : null,
              target: toNumber(text('target')),
              deadline: text('deadline'),
              agreedResult: text('agreedResult'),
              partnerIds: data.getAll('partnerIds').map(String),
            },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        {add.isSuccess ? <SuccessNotice>{t('goals.form.added', { title: add.data.title })}</SuccessNotice> : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="title" label={t('goals.form.title')} description={t('goals.form.titleHint')} isRequired validate={validators.minLength(2)} />
        <TextInputField name="indicator" label={t('goals.indicator')} description={t('goals.form.indicatorHint')} isRequired validate={validators.minLength(2)} />
        <div className="field-row">
          <TextInputField name="unit" label={t('goals.form.unit')} description={t('goals.form.unitHint')} />
          <TextInputField name="baseline" inputMode="decimal" label={t('goals.form.baseline')} />
          <TextInputField name="target" inputMode="decimal" label={t('goals.target')} isRequired />
        </div>
        <TextInputField name="deadline" type="date" label={t('goals.deadline')} isRequired />
        <TextInputField name="agreedResult" label={t('goals.agreedResult')} description={t('goals.form.agreedResultHint')} isRequired multiline validate={validators.minLength(2)} />
        <fieldset className="goal-partner-choice">
          <legend className="field-label">{t('goals.form.partners')}</legend>
          {fieldErrors.partnerIds ? <p className="field-error">{fieldErrors.partnerIds}</p> : null}
          {sortByName(partners.data ?? [], i18n.language).map((p) => (
            <div key={p.id} className="checkbox-field">
              <input type="checkbox" id={`goal-partner-${p.id}`} name="partnerIds" value={p.id} />
              <label htmlFor={`goal-partner-${p.id}`}>{p.name}</label>
            </div>
          ))}
        </fieldset>
        <Button type="submit" className="button" isPending={add.isPending}>
          {t('goals.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
