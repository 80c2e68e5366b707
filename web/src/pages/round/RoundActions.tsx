import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';

type Round = components['schemas']['Round'];

/** The coordinator's buttons: open a planned round now, close an open one, delete a planned one. */
export function RoundActions({ networkId, round }: { networkId: string; round: Round }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const path = { networkId, roundId: round.id };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['network', networkId, 'rounds'] });
  const open = useMutation({ mutationFn: () => unwrap(api.POST('/api/networks/{networkId}/rounds/{roundId}/open', { params: { path } })), onSuccess: refresh });
  const close = useMutation({ mutationFn: () => unwrap(api.POST('/api/networks/{networkId}/rounds/{roundId}/close', { params: { path } })), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => unwrap(api.DELETE('/api/networks/{networkId}/rounds/{roundId}', { params: { path } })) });
  return (
    <div className="form-actions">
      {round.status === 'draft' ? (
        <>
          <ConfirmActionButton
            label={t('rounds.round.open')}
            ariaLabel={t('rounds.round.open')}
            title={t('rounds.round.openTitle')}
            text={t('rounds.round.openText')}
            confirmLabel={t('rounds.round.openConfirm')}
            error={open.error ? message(open.error) : null}
            isPending={open.isPending}
            onConfirm={(done) => open.mutate(undefined, { onSuccess: done })}
          />
          <ConfirmActionButton
            label={t('rounds.round.delete')}
            ariaLabel={t('rounds.round.delete')}
            title={t('rounds.round.deleteTitle')}
            text={t('rounds.round.deleteText', { title: round.title })}
            confirmLabel={t('rounds.round.deleteConfirm')}
            error={remove.error ? message(remove.error) : null}
            isPending={remove.isPending}
            onConfirm={(done) =>
              remove.mutate(undefined, {
                onSuccess: async () => {
                  done();
                  queryClient.removeQueries({ queryKey: ['network', networkId, 'rounds', round.id] });
                  await refresh();
                  await navigate(`/networks/${networkId}/rounds`);
                },
              })
            }
          />
        </>
      ) : null}
      {round.status === 'open' ? (
        <ConfirmActionButton
          label={t('rounds.round.close')}
          ariaLabel={t('rounds.round.close')}
          title={t('rounds.round.closeTitle')}
          text={t('rounds.round.closeText')}
          confirmLabel={t('rounds.round.closeConfirm')}
          error={close.error ? message(close.error) : null}
          isPending={close.isPending}
          onConfirm={(done) => close.mutate(undefined, { onSuccess: done })}
        />
      ) : null}
    </div>
  );
}
