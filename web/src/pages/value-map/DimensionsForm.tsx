import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { invalidateDialogue, type ValueMap } from '../../components/dialogueQueries.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

/** The coordinator adds, renames and removes the network's value dimensions. */
export function DimensionsForm({ networkId, map }: { networkId: string; map: ValueMap }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const refresh = () => invalidateDialogue(queryClient, networkId, 'value-map');
  const add = useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/networks/{networkId}/value-map/dimensions', { params: { path: { networkId } }, body: { name } })),
    onSuccess: () => {
      setFormKey((k) => k + 1);
      return refresh();
    },
  });
  const rename = useMutation({
    mutationFn: ({ dimensionId, name }: { dimensionId: string; name: string }) =>
      unwrap(api.PATCH('/api/networks/{networkId}/value-map/dimensions/{dimensionId}', { params: { path: { networkId, dimensionId } }, body: { name } })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (dimensionId: string) => unwrap(api.DELETE('/api/networks/{networkId}/value-map/dimensions/{dimensionId}', { params: { path: { networkId, dimensionId } } })),
    onSuccess: refresh,
  });
  const error = add.error ?? rename.error ?? remove.error;
  return (
    <section aria-labelledby="dimensions-heading" className="panel">
      <h2 id="dimensions-heading">{t('valueMap.dimensions.heading')}</h2>
      {error ? <ErrorNotice error={error} /> : null}
      <ul className="dimension-list">
        {map.dimensions.map((d) => (
          <li key={d.id}>
            <form
              className="inline-form"
              onSubmit={(e: FormEvent<HTMLFormElement>) => {
                e.preventDefault();
                rename.mutate({ dimensionId: d.id, name: String(new FormData(e.currentTarget).get('name') ?? '').trim() });
              }}
            >
              <label className="visually-hidden" htmlFor={`dimension-${d.id}`}>
                {t('valueMap.dimensions.name')}
              </label>
              <input id={`dimension-${d.id}`} name="name" className="input" defaultValue={d.name} required minLength={2} maxLength={80} />
              <button type="submit" className="button button-secondary">
                {t('valueMap.dimensions.rename')}
                <span className="visually-hidden"> {d.name}</span>
              </button>
              <ConfirmActionButton
                label={t('valueMap.dimensions.remove')}
                ariaLabel={t('valueMap.dimensions.removeNamed', { name: d.name })}
                title={t('valueMap.dimensions.removeTitle', { name: d.name })}
                text={t('valueMap.dimensions.removeMessage')}
                confirmLabel={t('valueMap.dimensions.removeConfirm')}
                error={null}
                isPending={remove.isPending}
                onConfirm={(close) => remove.mutate(d.id, { onSuccess: close })}
              />
            </form>
          </li>
        ))}
      </ul>
      <form
        key={formKey}
        className="inline-form"
        onSubmit={(e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          add.mutate(String(new FormData(e.currentTarget).get('name') ?? '').trim());
        }}
      >
        <label className="field-label" htmlFor="new-dimension">
          {t('valueMap.dimensions.new')}
        </label>
        <input id="new-dimension" name="name" className="input" required minLength={2} maxLength={80} />
        <button type="submit" className="button">
          {t('valueMap.dimensions.add')}
        </button>
      </form>
    </section>
  );
}
