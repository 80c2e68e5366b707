import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { dialogueQueries, invalidateDialogue, NEXT_STATUSES, type DifferenceDetail, type DifferenceStatus } from '../../components/dialogueQueries.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';

/** Moves a difference one step on; a resolution names the agreement that resolved it. */
export function MoveDifferenceForm({ networkId, difference }: { networkId: string; difference: DifferenceDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const next = NEXT_STATUSES[difference.status];
  const [to, setTo] = useState<DifferenceStatus>(next[0] ?? 'explored');
  const agreements = useQuery({ ...dialogueQueries.agreements(networkId), enabled: next.includes('resolved') });
  const move = useMutation({
    mutationFn: (body: { to: DifferenceStatus; note: string; resolvingAgreementId?: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/differences/{differenceId}/status', { params: { path: { networkId, differenceId: difference.id } }, body })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'differences'),
  });
  const { fieldErrors, generalError } = useFormErrors(move.error, { fields: ['to', 'note', 'resolvingAgreementId'], byField: { resolvingAgreementId: t('difference.move.chooseAgreement') } });
  if (next.length === 0) return null;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const agreementId = String(data.get('resolvingAgreementId') ?? '');
    move.mutate({ to, note: String(data.get('note') ?? '').trim(), ...(to === 'resolved' && agreementId ? { resolvingAgreementId: agreementId } : {}) });
  };
  return (
    <section aria-labelledby="move-heading" className="panel">
      <h2 id="move-heading">{t('difference.move.heading')}</h2>
      <form className="form" onSubmit={submit}>
        {move.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <fieldset className="field">
          <legend className="field-label">{t('difference.move.to')}</legend>
          {next.map((status) => (
            <label key={status} className="radio-item">
              <input type="radio" name="to" value={status} checked={to === status} onChange={() => setTo(status)} />
              {t(`differences.statuses.${status}`)}
              {status === 'accepted' ? <span className="muted"> – {t('difference.move.acceptedHint')}</span> : null}
            </label>
          ))}
        </fieldset>
        {to === 'resolved' ? (
          <div className="field">
            <label className="field-label" htmlFor="resolving-agreement">
              {t('difference.move.agreement')}
            </label>
            <select id="resolving-agreement" name="resolvingAgreementId" className="input" required defaultValue="" aria-invalid={fieldErrors.resolvingAgreementId ? true : undefined}>
              <option value="" disabled>
                {t('difference.move.chooseAgreement')}
              </option>
              {(agreements.data?.items ?? []).map((a: { id: string; title: string }) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
            {fieldErrors.resolvingAgreementId ? <p className="field-error">{fieldErrors.resolvingAgreementId}</p> : null}
          </div>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor="move-note">
            {t('difference.move.note')}
          </label>
          <textarea id="move-note" name="note" className="input textarea" rows={2} maxLength={2000} />
        </div>
        <button type="submit" className="button" disabled={move.isPending}>
          {t('difference.move.submit')}
        </button>
      </form>
    </section>
  );
}
