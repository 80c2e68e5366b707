import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type HistoryEntry } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { invalidateHistory } from './invalidateHistory.ts';

/** Deletes a history entry after the person confirms it. */
export function DeleteHistoryEntryButton({ networkId, entry }: { networkId: string; entry: HistoryEntry }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/networks/{networkId}/history/{entryId}', { params: { path: { networkId, entryId: entry.id } } })),
    onSettled: () => invalidateHistory(queryClient, networkId),
  });
  return (
    <DialogTrigger>
      <Button className="button button-small button-secondary" aria-label={t('history.deleteLabel', { title: entry.title })}>
        {t('history.delete')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('history.deleteTitle', { title: entry.title })}</Heading>
                <p>{t('history.deleteText')}</p>
                {remove.error ? <ErrorNotice>{message(remove.error)}</ErrorNotice> : null}
                <div className="form-actions">
                  <Button className="button button-danger" isPending={remove.isPending} onPress={() => remove.mutate(undefined, { onSuccess: close })}>
                    {t('history.deleteConfirm')}
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
