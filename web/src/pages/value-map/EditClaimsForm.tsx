import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { invalidateDialogue, type ValueMap } from '../../components/dialogueQueries.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';

/** A partner states its own contribution per dimension, 0–3 or not stated. */
export function EditClaimsForm({ networkId, map, partnerId }: { networkId: string; map: ValueMap; partnerId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const row = map.partners.find((p) => p.partnerId === partnerId);
  const save = useMutation({
    mutationFn: (claims: Array<{ dimensionId: string; score: number | null }>) =>
      unwrap(api.PUT('/api/networks/{networkId}/value-map/claims/{partnerId}', { params: { path: { networkId, partnerId } }, body: { claims } })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'value-map'),
  });
  if (!row) return null;
  const scoreOf = (dimensionId: string) => row.claims.find((c) => c.dimensionId === dimensionId)?.score;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    save.mutate(
      map.dimensions.map((d) => {
        const value = String(data.get(d.id) ?? '');
        return { dimensionId: d.id, score: value === '' ? null : Number(value) };
      }),
    );
  };
  return (
    <section aria-labelledby="claims-heading" className="panel">
      <h2 id="claims-heading">{t('valueMap.claims.heading', { partner: row.partnerName })}</h2>
      <p>{t('valueMap.claims.intro')}</p>
      <form className="form claims-form" onSubmit={submit}>
        {save.isSuccess ? <SuccessNotice>{t('valueMap.claims.saved')}</SuccessNotice> : null}
        {save.isError ? <ErrorNotice error={save.error} /> : null}
        {map.dimensions.map((d) => (
          <div key={d.id} className="field">
            <label className="field-label" htmlFor={`claim-${d.id}`}>
              {d.name}
            </label>
            <select id={`claim-${d.id}`} name={d.id} className="input" defaultValue={scoreOf(d.id)?.toString() ?? ''}>
              <option value="">{t('valueMap.claims.none')}</option>
              {[0, 1, 2, 3].map((score) => (
                <option key={score} value={score}>
                  {t(`valueMap.scores.${score}` as 'valueMap.scores.0')}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="button" disabled={save.isPending}>
          {t('valueMap.claims.submit')}
        </button>
      </form>
    </section>
  );
}
