import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { invalidateDialogue, type Story } from '../../components/dialogueQueries.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { StepsFor } from '../../components/StepsFor.tsx';

interface Props {
  networkId: string;
  story: Story;
  myPartnerId: string | null;
  canWrite: boolean;
  mayEdit: boolean;
  onTag: (tag: string) => void;
}

/** One success story with its tags, its supporters, the support button and "turn into a statement". */
export function StoryCard({ networkId, story, myPartnerId, canWrite, mayEdit, onTag }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [showSteps, setShowSteps] = useState(false);
  const supported = myPartnerId !== null && story.supporters.some((s) => s.id === myPartnerId);
  const path = { networkId, storyId: story.id };
  const support = useMutation({
    mutationFn: () =>
      supported
        ? unwrap(api.DELETE('/api/networks/{networkId}/stories/{storyId}/support', { params: { path } }))
        : unwrap(api.PUT('/api/networks/{networkId}/stories/{storyId}/support', { params: { path } })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'stories'),
  });
  const toStatement = useMutation({
    mutationFn: () => unwrap(api.POST('/api/networks/{networkId}/stories/{storyId}/statement', { params: { path }, body: {} })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'vision'),
  });
  const publish = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/networks/{networkId}/stories/{storyId}', { params: { path }, body: { baseVersion: story.version, draft: false } })),
    onSuccess: () => invalidateDialogue(queryClient, networkId, 'stories'),
  });
  const error = support.error ?? toStatement.error ?? publish.error;
  return (
    <li className="card story-card">
      <article aria-labelledby={`story-${story.id}`}>
        <h3 id={`story-${story.id}`}>{story.title}</h3>
        {story.whatHappened ? (
          <>
            <h4>{t('stories.whatHappened')}</h4>
            <p>{story.whatHappened}</p>
          </>
        ) : null}
        {story.whatMadeItWork ? (
          <>
            <h4>{t('stories.whatMadeItWork')}</h4>
            <p>{story.whatMadeItWork}</p>
          </>
        ) : null}
        {story.partners.length > 0 ? <p className="muted">{t('stories.involved', { partners: story.partners.map((p) => p.name).join(', ') })}</p> : null}
        {story.tags.length > 0 ? (
          <ul className="tag-list" aria-label={t('stories.tags')}>
            {story.tags.map((tag) => (
              <li key={tag}>
                <button type="button" className="tag tag-button" onClick={() => onTag(tag)} aria-label={t('stories.filterBy', { tag })}>
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <p>{story.supporters.length === 0 ? t('stories.noSupport') : t('stories.supportedBy', { partners: story.supporters.map((p) => p.name).join(', ') })}</p>
        {error ? <ErrorNotice error={error} /> : null}
        {toStatement.isSuccess ? <SuccessNotice>{t('stories.statementMade')}</SuccessNotice> : null}
        <div className="card-actions">
          {story.draft && mayEdit ? (
            <button type="button" className="button" onClick={() => publish.mutate()} disabled={publish.isPending}>
              {t('stories.publish')}
            </button>
          ) : null}
          {myPartnerId && !story.draft ? (
            <button type="button" className="button button-secondary" aria-pressed={supported} onClick={() => support.mutate()} disabled={support.isPending}>
              {supported ? t('stories.withdrawSupport') : t('stories.support')}
              <span className="visually-hidden"> {story.title}</span>
            </button>
          ) : null}
          {canWrite && !story.draft ? (
            <button type="button" className="button button-secondary" onClick={() => toStatement.mutate()} disabled={toStatement.isPending}>
              {t('stories.toStatement')}
              <span className="visually-hidden"> {story.title}</span>
            </button>
          ) : null}
          {!story.draft ? (
            <button type="button" className="button button-secondary" aria-expanded={showSteps} onClick={() => setShowSteps((s) => !s)}>
              {showSteps ? t('stories.hideSteps') : t('stories.showSteps')}
              <span className="visually-hidden"> {story.title}</span>
            </button>
          ) : null}
        </div>
      </article>
      {showSteps ? <StepsFor networkId={networkId} servesKind="story" servesId={story.id} /> : null}
    </li>
  );
}
