import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RenderedDiff } from '../../components/RenderedDiff.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { queries } from '../../queries.ts';

/**
 * What changed between two versions of a partner's profile (1 … latest), per part of the profile
 * that changed, word by word; the parts that stayed the same are named in one line. It opens on
 * the newest two versions (its parent keys it by the newest, so a new save starts it afresh).
 */
export function ProfileDiff({ networkId, partnerId, latest }: { networkId: string; partnerId: string; latest: number }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const diff = useQuery(queries.profileDiff(networkId, partnerId, from, to));
  const options = Array.from({ length: latest }, (_, i) => latest - i).map((v) => ({ id: String(v), label: t('profile.historyVersion', { version: v }) }));
  const changed = diff.data?.fields.filter((f) => f.changed) ?? [];
  const unchanged = diff.data?.fields.filter((f) => !f.changed) ?? [];
  return (
    <section aria-labelledby="profile-diff-heading" className="panel">
      <h3 id="profile-diff-heading">{t('profile.diff.heading')}</h3>
      <div className="agreement-filters">
        <SelectField label={t('profile.diff.from')} placeholder="" options={options} value={String(from)} onChange={(v) => v && setFrom(Number(v))} />
        <SelectField label={t('profile.diff.to')} placeholder="" options={options} value={String(to)} onChange={(v) => v && setTo(Number(v))} />
      </div>
      <p className="field-description">{t('profile.diff.legend')}</p>
      {diff.isPending ? (
        <Loading />
      ) : diff.isError ? (
        <ErrorNotice error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <div className="agreement-diff" aria-live="polite">
          {changed.length === 0 ? (
            <p className="muted">{t('profile.diff.same')}</p>
          ) : (
            changed.map((f) => (
              <div key={f.field}>
                <h4>{t(`profile.sections.${f.field}`)}</h4>
                <RenderedDiff parts={f.parts} />
              </div>
            ))
          )}
          {changed.length > 0 && unchanged.length > 0 ? (
            <p className="muted">{t('profile.diff.unchanged', { fields: unchanged.map((f) => t(`profile.sections.${f.field}`)).join(', ') })}</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
