import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api.ts';
import { ErrorNotice, SuccessNotice } from './ErrorNotice.tsx';
import { invalidateSteps, type StepServesKind } from './stepQueries.ts';
import { TextInputField } from './TextInputField.tsx';
import { useFormErrors } from './useFormErrors.ts';
import { useValidators } from './useValidators.ts';
import { useDayFormat } from '../pages/history/formatDay.ts';

const FIELDS = ['title', 'description', 'dueOn'] as const;

interface Props {
  networkId: string;
  servesKind?: StepServesKind;
  servesId?: string;
  /** The heading level of the form's own heading. */
  headingLevel?: 2 | 3;
  /** False where the person may not take the step on themselves (the page says why): no claim box. */
  mayClaim?: boolean;
}

/** Proposes a small step; the person may take it on themselves at once (never for someone else). */
export function AddStepForm({ networkId, servesKind, servesId, headingLevel = 2, mayClaim = true }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const day = useDayFormat();
  const [claiming, setClaiming] = useState(false);
  // A step that serves a decision is its consequence only with an owner and a date (DESIGN §5.8).
  const dateRequired = servesKind === 'decision' && claiming;
  const add = useMutation({
    mutationFn: (body: { title: string; description: string; dueOn: string | null; claim: boolean }) =>
      unwrap(api.POST('/api/networks/{networkId}/steps', { params: { path: { networkId } }, body: { ...body, ...(servesKind && servesId ? { servesKind, servesId } : {}) } })),
    onSuccess: () => invalidateSteps(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, { fields: FIELDS });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-heading`} className="step-form">
      <Heading id={`${id}-heading`}>{t('steps.form.heading')}</Heading>
      <p className="muted">{t('steps.form.intro')}</p>
      <Form
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          add.mutate(
            { title: text('title'), description: text('description'), dueOn: text('dueOn') || null, claim: data.get('claim') === 'on' },
            {
              onSuccess: () => {
                form.reset();
                setClaiming(false);
              },
            },
          );
        }}
      >
        {add.isSuccess ? (
          <SuccessNotice>
            {add.data.claimedBy && add.data.dueOn
              ? t('steps.form.addedClaimedDated', { title: add.data.title, date: day(add.data.dueOn) })
              : t(add.data.claimedBy ? 'steps.form.addedClaimed' : 'steps.form.added', { title: add.data.title })}
          </SuccessNotice>
        ) : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="title" label={t('steps.form.title')} description={t('steps.form.titleHint')} isRequired validate={validators.minLength(2)} />
        <TextInputField name="description" label={t('steps.form.description')} multiline />
        <TextInputField
          name="dueOn"
          type="date"
          label={t('steps.form.dueOn')}
          description={t(dateRequired ? 'steps.form.dueOnRequiredHint' : servesKind === 'decision' ? 'steps.form.dueOnDecisionHint' : 'steps.form.dueOnHint')}
          isRequired={dateRequired}
        />
        {mayClaim ? (
        <div className="checkbox-field">
          <input type="checkbox" id={`${id}-claim`} name="claim" aria-describedby={`${id}-claim-hint`} checked={claiming} onChange={(e) => setClaiming(e.currentTarget.checked)} />
          <label htmlFor={`${id}-claim`} className="field-label">
            {t('steps.form.claim')}
          </label>
          <span id={`${id}-claim-hint`} className="field-description">
            {t('steps.form.claimHint')}
          </span>
        </div>
        ) : null}
        <Button type="submit" className="button" isPending={add.isPending}>
          {t('steps.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
