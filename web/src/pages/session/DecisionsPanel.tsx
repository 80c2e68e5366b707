import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useValidators } from '../../components/useValidators.ts';
import type { Session } from '../sessions/sessionQueries.ts';
import { DecisionCard } from './DecisionCard.tsx';
import { useSessionMutation } from './useSessionMutation.ts';

/** The decisions of the session; each needs a consequence (a step with an owner and a date) to change anything tomorrow. */
export function DecisionsPanel({ networkId, session, canEdit }: { networkId: string; session: Session; canEdit: boolean }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const create = useSessionMutation(networkId, (body: { title: string; description: string }) =>
    unwrap(api.POST('/api/networks/{networkId}/sessions/{sessionId}/decisions', { params: { path: { networkId, sessionId: session.id } }, body })),
  );
  const { fieldErrors, generalError } = useFormErrors(create.error, { fields: ['title', 'description'] });
  const flagged = session.decisions.filter((d) => d.changesNothingTomorrow).length;
  return (
    <section aria-labelledby="decisions-heading" className="panel">
      <h2 id="decisions-heading">{t('sessions.decisions.heading')}</h2>
      <p>{t('sessions.decisions.intro')}</p>
      {flagged > 0 ? (
        <p className="notice notice-warning">
          <span aria-hidden="true" className="decision-flag-symbol">
            !
          </span>{' '}
          {t('sessions.decisions.flaggedCount', { count: flagged })}
        </p>
      ) : null}
      {session.decisions.length === 0 ? (
        <p className="muted">{t('sessions.decisions.empty')}</p>
      ) : (
        <ul className="decision-list">
          {session.decisions.map((decision) => (
            <li key={decision.id}>
              <DecisionCard networkId={networkId} decision={decision} canEdit={canEdit} claimProblem={session.myClaimProblem ?? null} />
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <Form
          className="form form-wide"
          validationErrors={fieldErrors}
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const data = new FormData(form);
            create.mutate({ title: String(data.get('title') ?? '').trim(), description: String(data.get('description') ?? '') }, { onSuccess: () => form.reset() });
          }}
        >
          <h3>{t('sessions.decisions.addHeading')}</h3>
          {create.isError && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
          <TextInputField name="title" label={t('sessions.decisions.title')} isRequired validate={validators.minLength(2)} />
          <TextInputField name="description" label={t('sessions.decisions.description')} description={t('sessions.markdownHint')} multiline />
          <Button type="submit" className="button" isPending={create.isPending}>
            {t('sessions.decisions.add')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
