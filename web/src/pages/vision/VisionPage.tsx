import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { dialogueQueries, invalidateDialogue, useMyPlace, type VisionStatement } from '../../components/dialogueQueries.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StepsFor } from '../../components/StepsFor.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

function StatementCard({ networkId, statement, partnerCount, myPartnerId }: { networkId: string; statement: VisionStatement; partnerCount: number; myPartnerId: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [showSteps, setShowSteps] = useState(false);
  const supported = myPartnerId !== null && statement.supporters.some((s) => s.id === myPartnerId);
  const path = { networkId, statementId: statement.id };
  const support = useMutation({
    mutationFn: () =>
      supported
        ? unwrap(api.DELETE('/api/networks/{networkId}/vision/{statementId}/support', { params: { path } }))
        : unwrap(api.PUT('/api/networks/{networkId}/vision/{statementId}/support', { params: { path } })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'vision'),
  });
  return (
    <li className="card statement-card">
      <article aria-labelledby={`statement-${statement.id}`}>
        <h3 id={`statement-${statement.id}`}>{statement.text}</h3>
        <p>
          <strong>{t('vision.support', { count: statement.supporters.length, total: partnerCount })}</strong>
          {statement.supporters.length > 0 ? `: ${statement.supporters.map((s) => s.name).join(', ')}` : ''}
        </p>
        {statement.fromStory ? <p className="muted">{t('vision.fromStory', { title: statement.fromStory.title })}</p> : null}
        {support.isError ? <ErrorNotice error={support.error} /> : null}
        <div className="card-actions">
          {myPartnerId ? (
            <button type="button" className="button button-secondary" aria-pressed={supported} onClick={() => support.mutate()} disabled={support.isPending}>
              {supported ? t('vision.withdrawSupport') : t('vision.supportButton')}
              <span className="visually-hidden"> {statement.text}</span>
            </button>
          ) : null}
          <button type="button" className="button button-secondary" aria-expanded={showSteps} onClick={() => setShowSteps((s) => !s)}>
            {showSteps ? t('stories.hideSteps') : t('stories.showSteps')}
            <span className="visually-hidden"> {statement.text}</span>
          </button>
        </div>
      </article>
      {showSteps ? <StepsFor networkId={networkId} servesKind="statement" servesId={statement.id} /> : null}
    </li>
  );
}

/** The vision: "what do we see when our collaboration succeeds", statements by the support of partners. */
export function VisionPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const { role, partnerId, networkName } = useMyPlace(networkId);
  useDocumentTitle(networkName ? `${t('vision.heading')} – ${networkName}` : t('vision.heading'));
  const queryClient = useQueryClient();
  const vision = useQuery(dialogueQueries.vision(networkId));
  const [formKey, setFormKey] = useState(0);
  const add = useMutation({
    mutationFn: (text: string) => unwrap(api.POST('/api/networks/{networkId}/vision', { params: { path: { networkId } }, body: { text } })),
    onSuccess: () => {
      setFormKey((k) => k + 1);
      return invalidateDialogue(queryClient, networkId, 'vision');
    },
  });
  return (
    <>
      <h1>{t('vision.heading')}</h1>
      <p className="lead">{t('vision.intro')}</p>
      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t('vision.statements')}</h2>
        {vision.isPending ? (
          <Loading />
        ) : vision.isError ? (
          <ErrorNotice error={vision.error} onRetry={() => void vision.refetch()} />
        ) : vision.data.statements.length === 0 ? (
          <p className="muted">{t('vision.empty')}</p>
        ) : (
          <ol className="card-list statement-list">
            {vision.data.statements.map((statement) => (
              <StatementCard key={statement.id} networkId={networkId} statement={statement} partnerCount={vision.data.partnerCount} myPartnerId={partnerId} />
            ))}
          </ol>
        )}
      </section>
      {role !== null && role !== 'observer' ? (
        <section aria-labelledby="add-statement-heading" className="panel">
          <h2 id="add-statement-heading">{t('vision.form.heading')}</h2>
          <form
            key={formKey}
            className="form form-wide"
            onSubmit={(e: FormEvent<HTMLFormElement>) => {
              e.preventDefault();
              add.mutate(String(new FormData(e.currentTarget).get('text') ?? '').trim());
            }}
          >
            {add.isError ? <ErrorNotice error={add.error} /> : null}
            <div className="field">
              <label className="field-label" htmlFor="statement-text">
                {t('vision.form.text')}
              </label>
              <textarea id="statement-text" name="text" className="input textarea" rows={2} required minLength={2} maxLength={1000} />
            </div>
            <button type="submit" className="button" disabled={add.isPending}>
              {t('vision.form.submit')}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
