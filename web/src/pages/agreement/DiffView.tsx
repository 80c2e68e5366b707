import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { agreementQueries } from './agreementQueries.ts';
import { RenderedDiff } from '../../components/RenderedDiff.tsx';

/**
 * The word-level difference between any two versions, shown as the text reads (headings, list
 * items, paragraphs; no Markdown characters). Added words are underlined and marked
 * "+", removed words struck through and marked "−" (not only by colour), inside <ins> and <del>
 * with a spoken label for screen readers.
 */
export function DiffView({ networkId, agreementId, versions }: { networkId: string; agreementId: string; versions: number[] }) {
  const { t } = useTranslation();
  const latest = versions[0] ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const diff = useQuery({ ...agreementQueries.diff(networkId, agreementId, from, to), enabled: versions.length > 1 });
  const options = versions.map((v) => ({ id: String(v), label: t('agreement.versions.label', { version: v }) }));
  if (versions.length < 2) return null;
  return (
    <section aria-labelledby="agreement-diff-heading" className="panel">
      <h2 id="agreement-diff-heading">{t('agreement.diff.heading')}</h2>
      <div className="agreement-filters">
        <SelectField label={t('agreement.diff.from')} placeholder="" options={options} value={String(from)} onChange={(v) => v && setFrom(Number(v))} />
        <SelectField label={t('agreement.diff.to')} placeholder="" options={options} value={String(to)} onChange={(v) => v && setTo(Number(v))} />
      </div>
      <p className="field-description">{t('agreement.diff.legend')}</p>
      {diff.isPending ? (
        <Loading />
      ) : diff.isError ? (
        <ErrorNotice error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <div className="agreement-diff" aria-live="polite">
          {diff.data.parts.every((p) => p.kind === 'same') ? <p className="muted">{t('agreement.diff.same')}</p> : null}
          <RenderedDiff parts={diff.data.parts} />
        </div>
      )}
    </section>
  );
}
