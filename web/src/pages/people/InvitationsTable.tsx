import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { queries } from '../../queries.ts';
import { WithdrawInvitationButton } from './WithdrawInvitationButton.tsx';

/** The network's invitations with their status, a handover with whom it replaces; pending ones can be withdrawn (coordinator). */
export function InvitationsTable({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const invitations = useQuery(queries.invitations(networkId));
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitations.heading')}</h2>
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <ErrorNotice error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <p className="muted">{t('invitations.empty')}</p>
      ) : (
        <TableRegion labelledBy="invitations-heading">
          <table className="table" aria-labelledby="invitations-heading">
            <thead>
              <tr>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('invitations.partner')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.validUntil')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('invitations.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.email}</th>
                  <td>
                    {t(`roles.${invitation.role}`)}
                    {invitation.handover ? (
                      <span className="cell-note">
                        {t(invitation.handover.leaverBecomes === 'leaves' ? 'handover.replacesLeaves' : 'handover.replacesMember', {
                          name: invitation.handover.leaverName ?? t('handover.formerRepresentative'),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td>{invitation.partner?.name ?? t('members.noPartner')}</td>
                  <td>
                    <span className={`status status-${invitation.status}`}>{t(`invitationStatus.${invitation.status}`)}</span>
                  </td>
                  <td>{format.date(invitation.expiresAt)}</td>
                  <td>{invitation.status === 'pending' ? <WithdrawInvitationButton networkId={networkId} invitation={invitation} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
