import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type HistoryConfirmation, type Role } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';

interface Props {
  networkId: string;
  role: Role | null;
  myPartnerId: string | null;
}

/**
 * Per partner: has it confirmed that the overview of its shared history is complete? Its
 * representatives (and the coordinator) confirm here, also when it shares no history with anyone.
 */
export function ConfirmationsTable({ networkId, role, myPartnerId }: Props) {
  const { t } = useTranslation();
  const confirmations = useQuery(queries.historyConfirmations(networkId));
  const mayConfirm = (partnerId: string) => role === 'coordinator' || (role === 'representative' && partnerId === myPartnerId);
  return (
    <section aria-labelledby="confirmations-heading">
      <h2 id="confirmations-heading">{t('history.confirmations.heading')}</h2>
      <p>{t('history.confirmations.intro')}</p>
      {confirmations.isPending ? (
        <Loading />
      ) : confirmations.isError ? (
        <ErrorNotice error={confirmations.error} onRetry={() => void confirmations.refetch()} />
      ) : confirmations.data.items.length === 0 ? (
        <p className="muted">{t('history.noPartners')}</p>
      ) : (
        <TableRegion labelledBy="confirmations-heading">
          <table className="table" aria-labelledby="confirmations-heading">
            <thead>
              <tr>
                <th scope="col">{t('history.confirmations.partner')}</th>
                <th scope="col">{t('history.confirmations.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('history.confirmations.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {confirmations.data.items.map((status) => (
                <tr key={status.partnerId}>
                  <th scope="row">{status.partnerName}</th>
                  <td>
                    <ConfirmationStatus status={status} />
                  </td>
                  <td>{mayConfirm(status.partnerId) && !status.confirmed ? <ConfirmButton networkId={networkId} status={status} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function ConfirmationStatus({ status }: { status: HistoryConfirmation }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  if (status.confirmed && status.confirmedAt && status.confirmedBy) {
    return (
      <>
        <span className="status status-accepted">{t('history.confirmations.confirmed')}</span>{' '}
        {t('history.confirmations.confirmedBy', { name: status.confirmedBy.name, date: format.date(status.confirmedAt) })}
      </>
    );
  }
  if (status.staleSince && status.confirmedAt) {
    return (
      <>
        <span className="status status-pending">{t('history.confirmations.stale')}</span>{' '}
        {t('history.confirmations.staleSince', { changed: format.date(status.staleSince), confirmed: format.date(status.confirmedAt) })}
      </>
    );
  }
  return <span className="status status-pending">{t('history.confirmations.notConfirmed')}</span>;
}

function ConfirmButton({ networkId, status }: { networkId: string; status: HistoryConfirmation }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/networks/{networkId}/partners/{partnerId}/history-confirmation', {
          params: { path: { networkId, partnerId: status.partnerId } },
          body: { confirmed: true },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queries.historyConfirmations(networkId).queryKey }),
  });
  return (
    <>
      <Button className="button button-small" isPending={confirm.isPending} onPress={() => confirm.mutate()} aria-label={t('history.confirmations.confirmLabel', { name: status.partnerName })}>
        {t('history.confirmations.confirm')}
      </Button>
      {confirm.isError ? <ErrorNotice>{message(confirm.error)}</ErrorNotice> : null}
    </>
  );
}
