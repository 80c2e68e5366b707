import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { dialogueQueries, DIFFERENCE_STATUSES, useMyPlace, type Difference } from '../../components/dialogueQueries.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { NameDifferenceForm } from './NameDifferenceForm.tsx';

function DifferenceCard({ networkId, difference }: { networkId: string; difference: Difference }) {
  const { t } = useTranslation();
  const missingViews = difference.partners.filter((p) => p.view === '').length;
  return (
    <li className="card difference-card">
      <h4 className="card-title">
        <Link to={`/networks/${networkId}/differences/${difference.id}`}>{difference.topic}</Link>
      </h4>
      <p className="tag">{t(`differences.kinds.${difference.kind}`)}</p>
      <p className="muted">{difference.partners.map((p) => p.name).join(', ')}</p>
      {missingViews > 0 ? <p className="muted">{t('differences.board.missingViews', { count: missingViews })}</p> : null}
    </li>
  );
}

/** The differences agenda: every difference in a column by its status, and the form to name one. */
export function DifferencesPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const { role, partnerId, networkName } = useMyPlace(networkId);
  useDocumentTitle(networkName ? `${t('differences.heading')} – ${networkName}` : t('differences.heading'));
  const list = useInfiniteQuery(dialogueQueries.differences(networkId));
  const drafts = useInfiniteQuery({ ...dialogueQueries.differences(networkId, true), enabled: role === 'coordinator' });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const draftItems = drafts.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t('differences.heading')}</h1>
      <p className="lead">{t('differences.intro')}</p>
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{t('differences.board.heading')}</h2>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <div className="board">
            {DIFFERENCE_STATUSES.map((status) => {
              const column = items.filter((d) => d.status === status);
              return (
                <section key={status} aria-labelledby={`column-${status}`} className="board-column">
                  <h3 id={`column-${status}`}>
                    {t(`differences.statuses.${status}`)} <span className="count">({column.length})</span>
                  </h3>
                  {column.length === 0 ? (
                    <p className="muted">{t('differences.board.emptyColumn')}</p>
                  ) : (
                    <ul className="card-list">
                      {column.map((d) => (
                        <DifferenceCard key={d.id} networkId={networkId} difference={d} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
        {list.hasNextPage ? (
          <button type="button" className="button button-secondary" onClick={() => void list.fetchNextPage()}>
            {t('differences.board.more')}
          </button>
        ) : null}
      </section>
      {role === 'coordinator' && draftItems.length > 0 ? (
        <section aria-labelledby="drafts-heading" className="panel">
          <h2 id="drafts-heading">{t('differences.drafts.heading')}</h2>
          <p>{t('differences.drafts.intro')}</p>
          <ul>
            {draftItems.map((d) => (
              <li key={d.id}>
                <Link to={`/networks/${networkId}/differences/${d.id}`}>{d.topic}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {role === 'coordinator' || (role === 'representative' && partnerId) ? <NameDifferenceForm networkId={networkId} myPartnerId={partnerId} /> : null}
    </>
  );
}
