import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { queries } from '../../queries.ts';
import { availabilityQueries, invalidateAvailability, type Capability } from './availabilityQueries.ts';

const FIELDS = ['partnerId', 'from', 'until', 'reason'] as const;

/** Holidays and closures: dates a partner is not available, for this capability or all of them. */
export function ExceptionsPanel({ networkId, capability, myPartnerId, canChange }: { networkId: string; capability: Capability; myPartnerId: string | null; canChange: (partnerId: string) => boolean }) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const partners = useQuery(queries.partners(networkId));
  const exceptions = useQuery(availabilityQueries.exceptions(networkId, capability.id));
  const [partnerId, setPartnerId] = useState<string | null>(myPartnerId);
  const [allCapabilities, setAllCapabilities] = useState(false);
  const add = useMutation({
    mutationFn: (body: { partnerId: string; capabilityId: string | null; from: string; until: string; reason: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/availability-exceptions', { params: { path: { networkId } }, body })),
    onSuccess: () => invalidateAvailability(queryClient, networkId),
  });
  const remove = useMutation({
    mutationFn: (exceptionId: string) => unwrap(api.DELETE('/api/networks/{networkId}/availability-exceptions/{exceptionId}', { params: { path: { networkId, exceptionId } } })),
    onSuccess: () => invalidateAvailability(queryClient, networkId),
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, {
    fields: FIELDS,
    byField: { until: t('availability.form.endBeforeStart') },
    byCode: { forbidden: t('availability.form.ownPartnerOnly') },
  });
  const partnerOptions = (partners.data ? sortByName(partners.data, i18n.language) : []).filter((p) => myPartnerId === null || p.id === myPartnerId).map((p) => ({ id: p.id, label: p.name }));
  const rows = exceptions.data ?? [];
  const label = (e: (typeof rows)[number]) => `${e.partner.name}, ${e.from} – ${e.until}`;

  return (
    <section aria-labelledby="exceptions-heading" className="panel">
      <h2 id="exceptions-heading">{t('availability.exceptions.heading')}</h2>
      <p>{t('availability.exceptions.intro')}</p>
      {exceptions.error ? <ErrorNotice>{message(exceptions.error)}</ErrorNotice> : null}
      {rows.length === 0 ? (
        <p>{t('availability.exceptions.none')}</p>
      ) : (
        <TableRegion labelledBy="exceptions-caption">
          <table className="table">
            <caption id="exceptions-caption" className="visually-hidden">
              {t('availability.exceptions.heading')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('availability.form.partner')}</th>
                <th scope="col">{t('availability.exceptions.dates')}</th>
                <th scope="col">{t('availability.exceptions.scope')}</th>
                <th scope="col">{t('availability.exceptions.reason')}</th>
                <th scope="col">{t('availability.form.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.partner.name}</th>
                  <td>
                    {e.from} – {e.until}
                  </td>
                  <td>{e.capabilityId === null ? t('availability.exceptions.allCapabilities') : capability.name}</td>
                  <td>{e.reason}</td>
                  <td>
                    {canChange(e.partner.id) ? (
                      <ConfirmActionButton
                        label={t('availability.form.delete')}
                        ariaLabel={t('availability.exceptions.deleteLabel', { exception: label(e) })}
                        title={t('availability.exceptions.deleteTitle')}
                        text={label(e)}
                        confirmLabel={t('availability.form.delete')}
                        error={remove.error ? message(remove.error) : null}
                        isPending={remove.isPending}
                        onConfirm={(close) => remove.mutate(e.id, { onSuccess: close })}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <h3>{t('availability.exceptions.addHeading')}</h3>
      <Form
        className="form form-wide"
        validationErrors={fieldErrors}
        onSubmit={(ev) => {
          ev.preventDefault();
          const form = ev.currentTarget;
          const data = new FormData(form);
          const text = (name: string) => String(data.get(name) ?? '').trim();
          add.mutate(
            { partnerId: partnerId ?? '', capabilityId: allCapabilities ? null : capability.id, from: text('from'), until: text('until'), reason: text('reason') },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        {add.isSuccess ? <SuccessNotice>{t('availability.exceptions.added')}</SuccessNotice> : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <SelectField
          name="partnerId"
          label={t('availability.form.partner')}
          placeholder={t('availability.form.choosePartner')}
          options={partnerOptions}
          value={partnerId}
          onChange={setPartnerId}
          isRequired
          isDisabled={myPartnerId !== null}
          requiredMessage={t('availability.form.choosePartner')}
        />
        <div className="field-row">
          <TextInputField name="from" type="date" label={t('availability.exceptions.from')} isRequired />
          <TextInputField name="until" type="date" label={t('availability.exceptions.until')} description={t('availability.exceptions.untilHint')} isRequired />
        </div>
        <TextInputField name="reason" label={t('availability.exceptions.reason')} description={t('availability.exceptions.reasonHint')} isRequired />
        <label className="checkbox-field">
          <input type="checkbox" checked={allCapabilities} onChange={(ev) => setAllCapabilities(ev.target.checked)} /> {t('availability.exceptions.allCapabilitiesOption')}
        </label>
        <Button type="submit" className="button" isPending={add.isPending}>
          {t('availability.exceptions.add')}
        </Button>
      </Form>
    </section>
  );
}
