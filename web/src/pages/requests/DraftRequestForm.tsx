import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { queries } from '../../queries.ts';
import { invalidateRequests, type Request } from './requestQueries.ts';

const WHOLE_NETWORK = 'network';

/**
 * The coordinator rewords a draft request from a round: who asks whom, the title and the details,
 * and saves it as a draft or publishes it at once (the partners asked are notified then).
 */
export function DraftRequestForm({ networkId, request, onDone }: { networkId: string; request: Request; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const partners = useQuery(queries.partners(networkId));
  const [from, setFrom] = useState<string | null>(request.from?.id ?? null);
  const [to, setTo] = useState<string | null>(request.to?.id ?? WHOLE_NETWORK);
  const save = useMutation({
    mutationFn: (body: { title: string; description: string; publish: boolean }) =>
      unwrap(
        api.PATCH('/api/networks/{networkId}/requests/{requestId}', {
          params: { path: { networkId, requestId: request.id } },
          body: {
            baseVersion: request.version,
            title: body.title,
            description: body.description,
            ...(from ? { fromPartnerId: from } : {}),
            toPartnerId: to === WHOLE_NETWORK ? null : to,
            ...(body.publish ? { draft: false as const } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      await invalidateRequests(queryClient, networkId);
      onDone();
    },
  });
  const { fieldErrors, generalError } = useFormErrors(save.error, { fields: ['title', 'description', 'fromPartnerId', 'toPartnerId'] });
  const sorted = sortByName(partners.data ?? [], i18n.language).map((p) => ({ id: p.id, label: p.name }));
  return (
    <Form
      className="form"
      validationErrors={fieldErrors}
      aria-label={t('requests.draft.formLabel', { title: request.title })}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const publish = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'publish';
        save.mutate({ title: String(data.get('title') ?? '').trim(), description: String(data.get('description') ?? '').trim(), publish });
      }}
    >
      {save.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
      <SelectField name="fromPartnerId" label={t('requests.draft.from')} placeholder={t('requests.form.toPlaceholder')} options={sorted} value={from} onChange={setFrom} isRequired />
      <SelectField
        name="toPartnerId"
        label={t('requests.form.to')}
        placeholder={t('requests.form.toPlaceholder')}
        options={[{ id: WHOLE_NETWORK, label: t('requests.form.wholeNetwork') }, ...sorted.filter((p) => p.id !== from)]}
        value={to}
        onChange={setTo}
        isRequired
      />
      <TextInputField name="title" label={t('requests.form.title')} defaultValue={request.title} isRequired />
      <TextInputField name="description" label={t('requests.form.description')} defaultValue={request.description} multiline />
      <div className="step-actions">
        <Button type="submit" value="publish" className="button button-small" isPending={save.isPending}>
          {t('requests.draft.saveAndPublish')}
        </Button>
        <Button type="submit" value="save" className="button button-small button-secondary" isDisabled={save.isPending}>
          {t('requests.draft.save')}
        </Button>
        <Button className="button button-small button-secondary" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
