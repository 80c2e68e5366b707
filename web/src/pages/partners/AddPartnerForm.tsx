import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Sector } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { PartnerDetailsFields, readPartnerDetails, usePartnerFormErrors, type PartnerDetails } from '../../components/PartnerDetailsFields.tsx';
import { queries } from '../../queries.ts';

/** The coordinator adds a partner organisation with its sector and optional identifiers. */
export function AddPartnerForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sector, setSector] = useState<Sector | null>(null);
  const add = useMutation({
    mutationFn: (body: PartnerDetails) => unwrap(api.POST('/api/networks/{networkId}/partners', { params: { path: { networkId } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queries.partners(networkId).queryKey }),
        queryClient.invalidateQueries({ queryKey: queries.network(networkId).queryKey, exact: true }),
      ]),
  });
  const { fieldErrors, generalError } = usePartnerFormErrors(add.error);
  return (
    <section aria-labelledby="add-partner-heading" className="panel">
      <h2 id="add-partner-heading">{t('partners.addHeading')}</h2>
      <p>{t('partners.addIntro')}</p>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          add.mutate(readPartnerDetails(form, sector as Sector), {
            onSuccess: () => {
              form.reset();
              setSector(null);
            },
          });
        }}
      >
        {add.isSuccess ? <SuccessNotice>{t('partners.added', { name: add.data.name })}</SuccessNotice> : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <PartnerDetailsFields sector={sector} onSectorChange={setSector} />
        <Button type="submit" className="button" isPending={add.isPending}>
          {t('partners.add')}
        </Button>
      </Form>
    </section>
  );
}
