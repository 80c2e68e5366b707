import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Partner } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PartnerDetailsFields, readPartnerDetails, usePartnerFormErrors, type PartnerDetails } from '../../components/PartnerDetailsFields.tsx';
import { queries } from '../../queries.ts';

/**
 * The coordinator changes a partner's details. When someone else changed them in the meantime,
 * the newest details are fetched and shown, and saving again applies this form on top of them.
 */
export function EditPartnerForm({
  networkId,
  partner,
  headingRef,
  onDone,
}: {
  networkId: string;
  partner: Partner;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sector, setSector] = useState(partner.sector);
  const save = useMutation({
    mutationFn: (body: PartnerDetails & { baseVersion: number }) =>
      unwrap(api.PATCH('/api/networks/{networkId}/partners/{partnerId}', { params: { path: { networkId, partnerId: partner.id } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(queries.partner(networkId, partner.id).queryKey, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queries.partners(networkId).queryKey }),
  });
  const stale = save.error instanceof ApiError && save.error.code === 'conflict' && !(save.error.details as { field?: unknown } | null)?.field;
  const { fieldErrors, generalError } = usePartnerFormErrors(stale ? null : save.error);
  return (
    <section aria-labelledby="edit-partner-heading" className="panel">
      <h2 id="edit-partner-heading" ref={headingRef} tabIndex={-1}>{t('partner.editHeading')}</h2>
      <Form
        className="form"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ ...readPartnerDetails(e.currentTarget, sector), baseVersion: partner.version }, { onSuccess: onDone });
        }}
      >
        {stale ? <ErrorNotice>{t('partner.conflict')}</ErrorNotice> : save.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <PartnerDetailsFields partner={partner} sector={sector} onSectorChange={(value) => value && setSector(value)} />
        <div className="form-actions">
          <Button type="submit" className="button" isPending={save.isPending}>
            {t('partner.save')}
          </Button>
          <Button className="button button-secondary" onPress={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
