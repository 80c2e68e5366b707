import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';

const FIELDS = ['title', 'opensAt', 'closesAt'] as const;

/** A `datetime-local` value (local wall-clock time) for a moment `days` from today at `hour`. */
function localMoment(days: number, hour: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The coordinator plans a round: title, opening and closing moment, who is invited and who sees pair ratings (DESIGN §5.3). */
export function CreateRoundForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const validators = useValidators();
  const id = useId();
  const create = useMutation({
    mutationFn: (body: { title: string; opensAt: string; closesAt: string; includeMembers: boolean; disclosureMode: 'organisation' | 'strict' }) =>
      unwrap(api.POST('/api/networks/{networkId}/rounds', { params: { path: { networkId } }, body })),
    onSuccess: async (round) => {
      await queryClient.invalidateQueries({ queryKey: ['network', networkId, 'rounds'] });
      await navigate(`/networks/${networkId}/rounds/${round.id}`);
    },
  });
  const closesInPast = create.error && JSON.stringify(create.error).includes('future');
  const { fieldErrors, generalError } = useFormErrors(create.error, {
    fields: FIELDS,
    byField: { closesAt: closesInPast ? t('rounds.create.closesInPast') : t('rounds.create.closesBeforeOpening') },
  });
  return (
    <section aria-labelledby="create-round-heading" className="panel">
      <h2 id="create-round-heading">{t('rounds.create.heading')}</h2>
      <p>{t('rounds.create.intro')}</p>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const moment = (name: string) => new Date(String(data.get(name))).toISOString();
          create.mutate({
            title: String(data.get('title') ?? '').trim(),
            opensAt: moment('opensAt'),
            closesAt: moment('closesAt'),
            includeMembers: data.get('includeMembers') === 'on',
            disclosureMode: data.get('disclosureMode') === 'strict' ? 'strict' : 'organisation',
          });
        }}
      >
        {create.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="title" label={t('rounds.create.title')} description={t('rounds.create.titleHint')} isRequired validate={validators.minLength(2)} />
        <TextInputField name="opensAt" type="datetime-local" label={t('rounds.create.opensAt')} defaultValue={localMoment(1, 9)} isRequired />
        <TextInputField name="closesAt" type="datetime-local" label={t('rounds.create.closesAt')} defaultValue={localMoment(15, 17)} isRequired />
        <div className="checkbox-field">
          <input type="checkbox" id={`${id}-members`} name="includeMembers" />
          <label htmlFor={`${id}-members`} className="field-label">
            {t('rounds.create.includeMembers')}
          </label>
        </div>
        <fieldset className="radio-group">
          <legend className="field-label">{t('rounds.create.disclosure.legend')}</legend>
          {(['organisation', 'strict'] as const).map((mode) => (
            <div key={mode} className="radio-field">
              <input type="radio" id={`${id}-${mode}`} name="disclosureMode" value={mode} defaultChecked={mode === 'organisation'} aria-describedby={`${id}-${mode}-hint`} />
              <label htmlFor={`${id}-${mode}`}>{t(`rounds.create.disclosure.${mode}`)}</label>
              <p id={`${id}-${mode}-hint`} className="field-description">
                {t(`rounds.create.disclosure.${mode}Hint`)}
              </p>
            </div>
          ))}
        </fieldset>
        <Button type="submit" className="button" isPending={create.isPending}>
          {t('rounds.create.submit')}
        </Button>
      </Form>
    </section>
  );
}
