import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Invitation } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';

/** Withdraws a pending invitation after the coordinator confirms it. */
export function WithdrawInvitationButton({ networkId, invitation }: { networkId: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/networks/{networkId}/invitations/{invitationId}', { params: { path: { networkId, invitationId: invitation.id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queries.invitations(networkId).queryKey }),
  });
  return (
    <ConfirmActionButton
      label={t('invitations.withdraw')}
      ariaLabel={t('invitations.withdrawLabel', { email: invitation.email })}
      title={t('invitations.confirmTitle')}
      text={t('invitations.confirmText', { email: invitation.email })}
      confirmLabel={t('invitations.confirm')}
      error={withdraw.error ? message(withdraw.error, { conflict: t('invitations.notPending') }) : null}
      isPending={withdraw.isPending}
      onConfirm={(close) => withdraw.mutate(undefined, { onSuccess: close })}
    />
  );
}
