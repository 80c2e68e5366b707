import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import type { Session } from '../sessions/sessionQueries.ts';
import { AgendaItemCard } from './AgendaItemCard.tsx';
import { AgendaPicker } from './AgendaPicker.tsx';
import { TimeBudget } from './TimeBudget.tsx';
import { useSessionMutation } from './useSessionMutation.ts';

/**
 * The session's agenda: the coordinator takes over the generated agenda (what goes well first,
 * then what needs attention), adds points of their own, puts them in order and notes what was said.
 */
export function AgendaPanel({ networkId, session, canEdit }: { networkId: string; session: Session; canEdit: boolean }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const sessionId = session.id;
  const [added, setAdded] = useState<number | null>(null);
  const takeOver = useSessionMutation(networkId, () =>
    unwrap(api.POST('/api/networks/{networkId}/sessions/{sessionId}/agenda', { params: { path: { networkId, sessionId } }, body: { fromGenerated: true } })),
  );
  const addItem = useSessionMutation(networkId, (title: string) =>
    unwrap(api.POST('/api/networks/{networkId}/sessions/{sessionId}/agenda', { params: { path: { networkId, sessionId } }, body: { title } })),
  );
  const reorder = useSessionMutation(networkId, (order: string[]) =>
    unwrap(api.PUT('/api/networks/{networkId}/sessions/{sessionId}/agenda/order', { params: { path: { networkId, sessionId } }, body: { order } })),
  );
  const { fieldErrors, generalError } = useFormErrors(addItem.error, { fields: ['title'] });
  const items = session.agenda;
  const move = (from: number, to: number) => {
    const order = items.map((i) => i.id);
    const [moved] = order.splice(from, 1);
    order.splice(to, 0, moved!);
    reorder.mutate(order);
  };
  return (
    <section aria-labelledby="agenda-heading" className="panel">
      <h2 id="agenda-heading">{t('sessions.agenda.heading')}</h2>
      {canEdit ? (
        <div className="no-print">
          <p>{t('sessions.agenda.takeOverIntro')}</p>
          <Button
            className="button"
            isPending={takeOver.isPending}
            onPress={() => takeOver.mutate(undefined, { onSuccess: (agenda) => setAdded(agenda.items.length - items.length) })}
          >
            {t('sessions.agenda.takeOver')}
          </Button>
          {takeOver.isSuccess && added !== null ? <SuccessNotice>{t('sessions.agenda.takenOver', { count: added })}</SuccessNotice> : null}
          {takeOver.isError ? <ErrorNotice error={takeOver.error} /> : null}
          <AgendaPicker networkId={networkId} session={session} />
        </div>
      ) : null}
      <TimeBudget networkId={networkId} session={session} canEdit={canEdit} />
      {reorder.isError ? <ErrorNotice error={reorder.error} /> : null}
      {items.length === 0 ? (
        <p className="muted">{t('sessions.agenda.empty')}</p>
      ) : (
        <ol className="agenda-list">
          {items.map((item, index) => (
            <li key={item.id}>
              <AgendaItemCard
                networkId={networkId}
                sessionId={sessionId}
                item={item}
                index={index}
                count={items.length}
                canEdit={canEdit}
                onMove={move}
                isMoving={reorder.isPending}
              />
            </li>
          ))}
        </ol>
      )}
      {canEdit ? (
        <Form
          className="form form-wide"
          validationErrors={fieldErrors}
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            addItem.mutate(String(new FormData(form).get('title') ?? '').trim(), { onSuccess: () => form.reset() });
          }}
        >
          <h3>{t('sessions.agenda.addHeading')}</h3>
          {addItem.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
          <TextInputField name="title" label={t('sessions.agenda.itemTitle')} isRequired validate={validators.minLength(2)} />
          <Button type="submit" className="button button-secondary" isPending={addItem.isPending}>
            {t('sessions.agenda.add')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
