import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { invalidateDialogue } from '../../components/dialogueQueries.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { PartnerCheckboxes } from '../../components/PartnerCheckboxes.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';

/** Tells a success story: what happened, who was involved, what made it work, and tags. */
export function AddStoryForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const add = useMutation({
    mutationFn: (body: { title: string; whatHappened: string; whatMadeItWork: string; partnerIds: string[]; tags: string[] }) =>
      unwrap(api.POST('/api/networks/{networkId}/stories', { params: { path: { networkId } }, body })),
    onSuccess: () => {
      setFormKey((k) => k + 1);
      return invalidateDialogue(queryClient, networkId, 'stories');
    },
  });
  const { fieldErrors, generalError } = useFormErrors(add.error, { fields: ['title', 'whatHappened', 'whatMadeItWork', 'partnerIds', 'tags'] });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    add.mutate({
      title: text('title'),
      whatHappened: text('whatHappened'),
      whatMadeItWork: text('whatMadeItWork'),
      partnerIds: data.getAll('partnerIds').map(String),
      tags: text('tags')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    });
  };
  return (
    <section aria-labelledby="add-story-heading" className="panel">
      <h2 id="add-story-heading">{t('stories.form.heading')}</h2>
      <form key={formKey} className="form form-wide" onSubmit={submit}>
        {add.isSuccess ? <SuccessNotice>{t('stories.form.added', { title: add.data.title })}</SuccessNotice> : null}
        {add.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        <div className="field">
          <label className="field-label" htmlFor="story-title">
            {t('stories.form.title')}
          </label>
          <input id="story-title" name="title" className="input" required minLength={2} maxLength={200} />
          {fieldErrors.title ? <p className="field-error">{fieldErrors.title}</p> : null}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="story-happened">
            {t('stories.whatHappened')}
          </label>
          <textarea id="story-happened" name="whatHappened" className="input textarea" rows={4} maxLength={5000} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="story-worked">
            {t('stories.whatMadeItWork')}
          </label>
          <textarea id="story-worked" name="whatMadeItWork" className="input textarea" rows={3} maxLength={5000} />
        </div>
        <PartnerCheckboxes networkId={networkId} name="partnerIds" legend={t('stories.form.partners')} error={fieldErrors.partnerIds} />
        <div className="field">
          <label className="field-label" htmlFor="story-tags">
            {t('stories.form.tags')}
          </label>
          <p id="story-tags-hint" className="field-description">
            {t('stories.form.tagsHint')}
          </p>
          <input id="story-tags" name="tags" className="input" aria-describedby="story-tags-hint" />
          {fieldErrors.tags ? <p className="field-error">{fieldErrors.tags}</p> : null}
        </div>
        <button type="submit" className="button" disabled={add.isPending}>
          {t('stories.form.submit')}
        </button>
      </form>
    </section>
  );
}
