import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Invitation } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
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
    <DialogTrigger>
      <Button className="button button-small button-secondary" aria-label={t('invitations.withdrawLabel', { email: invitation.email })}>
        {t('invitations.withdraw')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('invitations.confirmTitle')}</Heading>
                <p>{t('invitations.confirmText', { email: invitation.email })}</p>
                {withdraw.error ? <ErrorNotice>{message(withdraw.error, { conflict: t('invitations.notPending') })}</ErrorNotice> : null}
                <div className="form-actions">
                  <Button className="button button-danger" isPending={withdraw.isPending} onPress={() => withdraw.mutate(undefined, { onSuccess: close })}>
                    {t('invitations.confirm')}
                  </Button>
                  <Button className="button button-secondary" onPress={close}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
