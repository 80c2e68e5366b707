import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { availabilityQueries, invalidateAvailability, type Slot } from './availabilityQueries.ts';

/** The slots of one capability by partner and day; the coordinator or the partner's representative edits or deletes them. */
export function SlotTable({ networkId, capabilityId, canChange, onEdit }: { networkId: string; capabilityId: string; canChange: (partnerId: string) => boolean; onEdit: (slot: Slot) => void }) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const slots = useQuery(availabilityQueries.slots(networkId, capabilityId));
  const remove = useMutation({
    mutationFn: (slotId: string) => unwrap(api.DELETE('/api/networks/{networkId}/availability-slots/{slotId}', { params: { path: { networkId, slotId } } })),
    onSuccess: () => invalidateAvailability(queryClient, networkId),
  });
  if (slots.isLoading) return <Loading />;
  if (slots.error) return <ErrorNotice>{message(slots.error)}</ErrorNotice>;
  const rows = [...(slots.data ?? [])].sort(
    (a, b) => a.partner.name.localeCompare(b.partner.name, i18n.language) || a.weekday - b.weekday || a.start.localeCompare(b.start),
  );
  const day = (weekday: number) => t(`availability.weekdays.${weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
  const label = (s: Slot) => `${s.partner.name}, ${day(s.weekday)} ${s.start}–${s.end}`;
  return (
    <section aria-labelledby="slots-heading" className="panel">
      <h2 id="slots-heading">{t('availability.slots.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('availability.slots.none')}</p>
      ) : (
        <TableRegion labelledBy="slots-caption">
          <table className="table">
            <caption id="slots-caption" className="visually-hidden">
              {t('availability.slots.heading')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('availability.form.partner')}</th>
                <th scope="col">{t('availability.slots.weekday')}</th>
                <th scope="col">{t('availability.slots.time')}</th>
                <th scope="col">{t('availability.slots.valid')}</th>
                <th scope="col">{t('availability.slots.priority')}</th>
                <th scope="col">{t('availability.slots.contact')}</th>
                <th scope="col">{t('availability.form.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.partner.name}</th>
                  <td>{day(s.weekday)}</td>
                  <td>
                    {s.start}–{s.end}
                    {s.end <= s.start ? ` ${t('availability.slots.nextDay')}` : ''}
                  </td>
                  <td>{s.validFrom || s.validUntil ? `${s.validFrom ?? '…'} – ${s.validUntil ?? '…'}` : t('availability.slots.always')}</td>
                  <td>{s.priority}</td>
                  <td>{s.contact}</td>
                  <td>
                    {canChange(s.partner.id) ? (
                      <span className="row-actions">
                        <Button className="button button-small button-secondary" aria-label={t('availability.slots.editLabel', { slot: label(s) })} onPress={() => onEdit(s)}>
                          {t('availability.form.edit')}
                        </Button>
                        <ConfirmActionButton
                          label={t('availability.form.delete')}
                          ariaLabel={t('availability.slots.deleteLabel', { slot: label(s) })}
                          title={t('availability.slots.deleteTitle')}
                          text={label(s)}
                          confirmLabel={t('availability.form.delete')}
                          error={remove.error ? message(remove.error) : null}
                          isPending={remove.isPending}
                          onConfirm={(close) => remove.mutate(s.id, { onSuccess: close })}
                        />
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
