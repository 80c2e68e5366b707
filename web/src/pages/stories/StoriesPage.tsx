import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { dialogueQueries, useMyPlace } from '../../components/dialogueQueries.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AddStoryForm } from './AddStoryForm.tsx';
import { StoryCard } from './StoryCard.tsx';

/** Success stories: what already works, supported by partners, optionally narrowed to one tag. */
export function StoriesPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const { role, partnerId, userId, networkName } = useMyPlace(networkId);
  useDocumentTitle(networkName ? `${t('stories.heading')} – ${networkName}` : t('stories.heading'));
  const [tag, setTag] = useState<string | null>(null);
  const list = useInfiniteQuery(dialogueQueries.stories(networkId, tag));
  const drafts = useInfiniteQuery({ ...dialogueQueries.stories(networkId, null, true), enabled: role === 'coordinator' });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const draftItems = drafts.data?.pages.flatMap((p) => p.items) ?? [];
  const canWrite = role !== null && role !== 'observer';
  return (
    <>
      <h1>{t('stories.heading')}</h1>
      <p className="lead">{t('stories.intro')}</p>
      <p>
        <Link to={`/networks/${networkId}/vision`}>{t('stories.toVision')}</Link>
      </p>
      <section aria-labelledby="stories-list-heading">
        <h2 id="stories-list-heading">{tag ? t('stories.withTag', { tag }) : t('stories.all')}</h2>
        {tag ? (
          <button type="button" className="button button-secondary" onClick={() => setTag(null)}>
            {t('stories.clearTag')}
          </button>
        ) : null}
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <p className="muted">{t('stories.empty')}</p>
        ) : (
          <ul className="card-list story-list">
            {items.map((story) => (
              <StoryCard key={story.id} networkId={networkId} story={story} myPartnerId={partnerId} canWrite={canWrite} mayEdit={role === 'coordinator' || story.createdBy.id === userId} onTag={setTag} />
            ))}
          </ul>
        )}
        {list.hasNextPage ? (
          <button type="button" className="button button-secondary" onClick={() => void list.fetchNextPage()}>
            {t('stories.more')}
          </button>
        ) : null}
      </section>
      {role === 'coordinator' && draftItems.length > 0 ? (
        <section aria-labelledby="story-drafts-heading" className="panel">
          <h2 id="story-drafts-heading">{t('stories.drafts')}</h2>
          <ul className="card-list">
            {draftItems.map((story) => (
              <StoryCard key={story.id} networkId={networkId} story={story} myPartnerId={null} canWrite={false} mayEdit onTag={setTag} />
            ))}
          </ul>
        </section>
      ) : null}
      {canWrite ? <AddStoryForm networkId={networkId} /> : null}
    </>
  );
}
