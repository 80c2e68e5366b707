import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { dialogueQueries, invalidateDialogue, useMyPlace } from '../../components/dialogueQueries.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { StepsFor } from '../../components/StepsFor.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { MoveDifferenceForm } from './MoveDifferenceForm.tsx';
import { PartnerViews } from './PartnerViews.tsx';

/** One difference: the partners' own views side by side, its status history and the next step. */
export function DifferencePage() {
  const { t } = useTranslation();
  const { networkId = '', differenceId = '' } = useParams();
  const { role, partnerId } = useMyPlace(networkId);
  const { dateTime } = useDateFormat();
  const queryClient = useQueryClient();
  const query = useQuery(dialogueQueries.difference(networkId, differenceId));
  const difference = query.data;
  useDocumentTitle(difference ? `${difference.topic} – ${t('differences.heading')}` : t('differences.heading'));
  const publish = useMutation({
    mutationFn: (baseVersion: number) =>
      unwrap(api.PATCH('/api/networks/{networkId}/differences/{differenceId}', { params: { path: { networkId, differenceId } }, body: { baseVersion, draft: false } })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'differences'),
  });
  const mayMove = difference && (role === 'coordinator' || (partnerId !== null && difference.partners.some((p) => p.id === partnerId)));
  return (
    <>
      <p>
        <Link to={`/networks/${networkId}/differences`}>{t('difference.back')}</Link>
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.isError || !difference ? (
        <ErrorNotice error={query.error} />
      ) : (
        <>
          <h1>{difference.topic}</h1>
          <dl className="facts">
            <dt>{t('difference.kind')}</dt>
            <dd>{t(`differences.kinds.${difference.kind}`)}</dd>
            <dt>{t('difference.status')}</dt>
            <dd>
              {t(`differences.statuses.${difference.status}`)}
              {difference.resolvedBy ? ` – ${t('difference.resolvedBy', { title: difference.resolvedBy.title })}` : ''}
            </dd>
            <dt>{t('difference.partners')}</dt>
            <dd>{difference.partners.map((p) => p.name).join(', ')}</dd>
          </dl>
          {difference.description ? <p>{difference.description}</p> : null}
          {difference.draft ? (
            <div className="notice">
              <p>{t('difference.draft')}</p>
              {publish.isError ? <ErrorNotice error={publish.error} /> : null}
              <button type="button" className="button" onClick={() => publish.mutate(difference.version)} disabled={publish.isPending}>
                {t('difference.publish')}
              </button>
            </div>
          ) : null}
          <PartnerViews networkId={networkId} difference={difference} myPartnerId={partnerId} />
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t('difference.history.heading')}</h2>
            <ol className="status-history">
              {difference.history.map((change) => (
                <li key={change.id}>
                  <strong>{t(`differences.statuses.${change.to}`)}</strong> – {dateTime(change.at)}, {change.by.name}
                  {change.note ? <p>{change.note}</p> : null}
                </li>
              ))}
            </ol>
          </section>
          {mayMove && !difference.draft ? <MoveDifferenceForm networkId={networkId} difference={difference} /> : null}
          {!difference.draft ? <StepsFor networkId={networkId} servesKind="difference" servesId={difference.id} /> : null}
        </>
      )}
    </>
  );
}
