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
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';
import { invalidateRequests } from './requestQueries.ts';

const WHOLE_NETWORK = 'network';

/** A representative asks another partner, or the whole network, for something concrete. */
export function NewRequestForm({ networkId, myPartnerId }: { networkId: string; myPartnerId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const partners = useQuery(queries.partners(networkId));
  const [to, setTo] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (body: { toPartnerId: string | null; title: string; description: string }) => unwrap(api.POST('/api/networks/{networkId}/requests', { params: { path: { networkId } }, body })),
    onSuccess: () => invalidateRequests(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, { fields: ['toPartnerId', 'title', 'description'] });
  const options = [
    { id: WHOLE_NETWORK, label: t('requests.form.wholeNetwork') },
    ...sortByName(partners.data ?? [], i18n.language)
      .filter((p) => p.id !== myPartnerId)
      .map((p) => ({ id: p.id, label: p.name })),
  ];
  return (
    <section aria-labelledby="new-request-heading" className="panel">
      <h2 id="new-request-heading">{t('requests.form.heading')}</h2>
      <Form
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          add.mutate(
            { toPartnerId: to === WHOLE_NETWORK ? null : to, title: String(data.get('title') ?? '').trim(), description: String(data.get('description') ?? '').trim() },
            {
              onSuccess: () => {
                form.reset();
                setTo(null);
              },
            },
          );
        }}
      >
        {add.isSuccess ? <SuccessNotice>{t('requests.form.added', { title: add.data.title })}</SuccessNotice> : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <SelectField
          name="toPartnerId"
          label={t('requests.form.to')}
          placeholder={t('requests.form.toPlaceholder')}
          options={options}
          value={to}
          onChange={setTo}
          isRequired
          requiredMessage={t('requests.form.chooseTo')}
        />
        <TextInputField name="title" label={t('requests.form.title')} description={t('requests.form.titleHint')} isRequired validate={validators.minLength(2)} />
        <TextInputField name="description" label={t('requests.form.description')} multiline />
        <Button type="submit" className="button" isPending={add.isPending}>
          {t('requests.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
