import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';

const FIELDS = ['name', 'description'] as const;
const MIN_NAME_LENGTH = 2;

/** Start a new network; the creator becomes its coordinator and lands on its home page. */
export function CreateNetworkForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const validators = useValidators();
  const createNetwork = useMutation({
    mutationFn: (body: { name: string; description: string }) => unwrap(api.POST('/api/networks', { body })),
    onSuccess: async (network) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queries.networks().queryKey }),
        queryClient.invalidateQueries({ queryKey: queries.me().queryKey }),
      ]);
      await navigate(`/networks/${network.id}`);
    },
  });
  const { fieldErrors, generalError } = useFormErrors(createNetwork.error, {
    fields: FIELDS,
    byField: { name: t('validation.minLength', { count: MIN_NAME_LENGTH }) },
  });
  return (
    <section aria-labelledby="create-network-heading" className="panel">
      <h2 id="create-network-heading">{t('myNetworks.createHeading')}</h2>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          createNetwork.mutate({ name: String(data.get('name')).trim(), description: String(data.get('description') ?? '').trim() });
        }}
      >
        {generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <TextInputField name="name" label={t('myNetworks.name')} isRequired validate={validators.minLength(MIN_NAME_LENGTH)} />
        <TextInputField name="description" label={t('myNetworks.description')} description={t('myNetworks.descriptionHint')} multiline />
        <Button type="submit" className="button" isPending={createNetwork.isPending}>
          {t('myNetworks.create')}
        </Button>
      </Form>
    </section>
  );
}
