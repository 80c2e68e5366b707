import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type HistoryEntry } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
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
    <ConfirmActionButton
      label={t('history.delete')}
      ariaLabel={t('history.deleteLabel', { title: entry.title })}
      title={t('history.deleteTitle', { title: entry.title })}
      text={t('history.deleteText')}
      confirmLabel={t('history.deleteConfirm')}
      error={remove.error ? message(remove.error) : null}
      isPending={remove.isPending}
      onConfirm={(close) => remove.mutate(undefined, { onSuccess: close })}
    />
  );
}
