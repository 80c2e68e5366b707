import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';

type Round = components['schemas']['Round'];

interface LowResponseFigures {
  reason: 'low_response';
  lowResponse: ('rate_below_half' | 'fewer_than_k')[];
  invited: number;
  responded: number;
  rate: number | null;
  k: number;
}

/** The coordinator's buttons: open a planned round now, close an open one, delete a planned one. */
export function RoundActions({ networkId, round }: { networkId: string; round: Round }) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const path = { networkId, roundId: round.id };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['network', networkId, 'rounds'] });
  const open = useMutation({ mutationFn: () => unwrap(api.POST('/api/networks/{networkId}/rounds/{roundId}/open', { params: { path } })), onSuccess: refresh });
  // A low response (DESIGN §5.9) comes back as 409 with the figures; the dialog then shows them and closes only on a second, explicit confirmation.
  const [lowResponse, setLowResponse] = useState<LowResponseFigures | null>(null);
  const close = useMutation({
    mutationFn: (confirmLowResponse: boolean) =>
      unwrap(api.POST('/api/networks/{networkId}/rounds/{roundId}/close', { params: { path }, body: confirmLowResponse ? { confirmLowResponse: true } : {} })),
    onSuccess: refresh,
    onError: (error) => {
      const details = error instanceof ApiError && error.status === 409 ? (error.details as Partial<LowResponseFigures> | undefined) : undefined;
      if (details?.reason === 'low_response') setLowResponse(details as LowResponseFigures);
    },
  });
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 0 });
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
          title={lowResponse ? t('rounds.round.lowResponseTitle') : t('rounds.round.closeTitle')}
          text={
            lowResponse
              ? t('rounds.round.lowResponseText', {
                  responded: lowResponse.responded,
                  invited: lowResponse.invited,
                  percent: lowResponse.rate === null ? '–' : percent.format(lowResponse.rate * 100),
                  k: lowResponse.k,
                  reasons: lowResponse.lowResponse.map((reason) => t(`rounds.round.lowResponseReason.${reason}`, { k: lowResponse.k })).join(' '),
                })
              : t('rounds.round.closeText')
          }
          confirmLabel={lowResponse ? t('rounds.round.closeAnyway') : t('rounds.round.closeConfirm')}
          error={close.error && !lowResponse ? message(close.error) : null}
          isPending={close.isPending}
          onConfirm={(done) => close.mutate(lowResponse !== null, { onSuccess: done })}
        />
      ) : null}
      {round.status === 'closed' && round.lowResponse ? <LowResponseInclusion networkId={networkId} round={round} /> : null}
    </div>
  );
}

/** Include a low-response round in trends, signals, the stage and the map, or leave it out again (audited). */
function LowResponseInclusion({ networkId, round }: { networkId: string; round: Round }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (included: boolean) =>
      unwrap(api.PUT('/api/networks/{networkId}/rounds/{roundId}/low-response-inclusion', { params: { path: { networkId, roundId: round.id } }, body: { included } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['network', networkId] }),
  });
  return (
    <div className="low-response-inclusion">
      <p>{round.lowResponseIncluded ? t('rounds.round.lowResponseIncluded') : t('rounds.round.lowResponseLeftOut')}</p>
      {toggle.error ? <p role="alert">{message(toggle.error)}</p> : null}
      <button type="button" className="button button-small button-secondary" disabled={toggle.isPending} onClick={() => toggle.mutate(!round.lowResponseIncluded)}>
        {round.lowResponseIncluded ? t('rounds.round.leaveOut') : t('rounds.round.include')}
      </button>
    </div>
  );
}
