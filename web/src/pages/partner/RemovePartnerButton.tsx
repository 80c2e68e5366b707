import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap, type Partner } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';

/** Removes a partner after the coordinator confirms it; refused while people take part for it. */
export function RemovePartnerButton({ networkId, partner }: { networkId: string; partner: Partner }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/networks/{networkId}/partners/{partnerId}', { params: { path: { networkId, partnerId: partner.id } } })),
    onSuccess: async () => {
      await navigate(`/networks/${networkId}/partners`);
      queryClient.removeQueries({ queryKey: queries.partner(networkId, partner.id).queryKey });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queries.partners(networkId).queryKey }),
        queryClient.invalidateQueries({ queryKey: queries.network(networkId).queryKey, exact: true }),
      ]);
    },
  });
  return (
    <DialogTrigger>
      <Button className="button button-secondary">{t('partner.remove')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('partner.removeTitle', { name: partner.name })}</Heading>
                <p>{t('partner.removeText')}</p>
                {remove.error ? <ErrorNotice>{message(remove.error, { conflict: t('partner.removeRefused') })}</ErrorNotice> : null}
                <div className="form-actions">
                  <Button className="button button-danger" isPending={remove.isPending} onPress={() => remove.mutate()}>
                    {t('partner.removeConfirm')}
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
