import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { invalidateDialogue, type DifferenceDetail } from '../../components/dialogueQueries.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';

/** Each involved partner's own view, side by side; a representative writes their own partner's. */
export function PartnerViews({ networkId, difference, myPartnerId }: { networkId: string; difference: DifferenceDetail; myPartnerId: string | null }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const queryClient = useQueryClient();
  const write = useMutation({
    mutationFn: ({ partnerId, view }: { partnerId: string; view: string }) =>
      unwrap(api.PUT('/api/networks/{networkId}/differences/{differenceId}/views/{partnerId}', { params: { path: { networkId, differenceId: difference.id, partnerId } }, body: { view } })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'differences'),
  });
  const submit = (partnerId: string) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    write.mutate({ partnerId, view: String(new FormData(e.currentTarget).get('view') ?? '') });
  };
  return (
    <section aria-labelledby="views-heading">
      <h2 id="views-heading">{t('difference.views.heading')}</h2>
      <div className="views-side-by-side">
        {difference.partners.map((party) => (
          <article key={party.id} className="card view-card" aria-labelledby={`view-${party.id}`}>
            <h3 id={`view-${party.id}`}>{party.name}</h3>
            {party.id === myPartnerId ? (
              <form onSubmit={submit(party.id)} className="form">
                {write.isError ? <ErrorNotice error={write.error} /> : null}
                <div className="field">
                  <label className="field-label" htmlFor={`view-text-${party.id}`}>
                    {t('difference.views.yours')}
                  </label>
                  <textarea id={`view-text-${party.id}`} name="view" className="input textarea" rows={5} maxLength={5000} defaultValue={party.view} />
                </div>
                <button type="submit" className="button" disabled={write.isPending}>
                  {t('difference.views.save')}
                </button>
              </form>
            ) : party.view ? (
              <p className="view-text">{party.view}</p>
            ) : (
              <p className="muted">{t('difference.views.none')}</p>
            )}
            {party.viewUpdatedAt ? (
              <p className="muted">
                {t('difference.views.updated', { date: date(party.viewUpdatedAt), name: party.viewUpdatedBy?.name ?? '—' })}
              </p>
            ) : null}
          </article>
        ))}
      </div>
    </section>
  );
}
