import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type SsoLinks } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';

/** People who signed in through a link that asks for approval: the coordinator admits or refuses each. */
export function PendingSignIns({ networkId, pending }: { networkId: string; pending: SsoLinks['pending'] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ pendingId, approve }: { pendingId: string; approve: boolean }) =>
      unwrap(api.POST('/api/networks/{networkId}/sso-pending/{pendingId}', { params: { path: { networkId, pendingId } }, body: { approve } })),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queries.ssoLinks(networkId).queryKey });
      await queryClient.invalidateQueries({ queryKey: queries.members(networkId).queryKey });
    },
  });
  return (
    <section aria-labelledby="sso-pending-heading" className="panel">
      <h2 id="sso-pending-heading">{t('ssoLinks.pending.heading')}</h2>
      {decide.isError ? <ErrorNotice>{message(decide.error, { conflict: t('ssoLinks.pending.alreadyMember') })}</ErrorNotice> : null}
      {decide.isSuccess ? <p role="status">{decide.variables.approve ? t('ssoLinks.pending.approved') : t('ssoLinks.pending.refused')}</p> : null}
      {pending.length === 0 ? (
        <p>{t('ssoLinks.pending.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('ssoLinks.pending.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ssoLinks.pending.person')}</th>
                <th scope="col">{t('ssoLinks.pending.partner')}</th>
                <th scope="col">{t('ssoLinks.pending.role')}</th>
                <th scope="col">{t('ssoLinks.pending.since')}</th>
                <th scope="col">{t('ssoLinks.pending.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name}
                    <br />
                    <span className="muted">{p.email}</span>
                  </th>
                  <td>{p.partnerName}</td>
                  <td>{t(`roles.${p.role}`)}</td>
                  <td>{format.dateTime(p.createdAt)}</td>
                  <td>
                    <div className="form-actions">
                      <Button
                        className="button button-small"
                        aria-label={t('ssoLinks.pending.approveLabel', { name: p.name })}
                        isPending={decide.isPending && decide.variables.pendingId === p.id}
                        onPress={() => decide.mutate({ pendingId: p.id, approve: true })}
                      >
                        {t('ssoLinks.pending.approve')}
                      </Button>
                      <Button
                        className="button button-small button-secondary"
                        aria-label={t('ssoLinks.pending.refuseLabel', { name: p.name })}
                        isDisabled={decide.isPending}
                        onPress={() => decide.mutate({ pendingId: p.id, approve: false })}
                      >
                        {t('ssoLinks.pending.refuse')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
