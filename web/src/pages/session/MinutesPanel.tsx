import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import type { Session } from '../sessions/sessionQueries.ts';
import { MarkdownText } from './MarkdownText.tsx';
import { useSessionMutation } from './useSessionMutation.ts';

/** The minutes of the session (Markdown); the coordinator writes them, everyone reads them. */
export function MinutesPanel({ networkId, session, canEdit }: { networkId: string; session: Session; canEdit: boolean }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const save = useSessionMutation(networkId, (minutes: string) =>
    unwrap(api.PATCH('/api/networks/{networkId}/sessions/{sessionId}', { params: { path: { networkId, sessionId: session.id } }, body: { baseVersion: session.version, minutes } })),
  );
  return (
    <section aria-labelledby="minutes-heading" className="panel">
      <h2 id="minutes-heading">{t('sessions.minutes.heading')}</h2>
      {session.minutes ? <MarkdownText>{session.minutes}</MarkdownText> : <p className="muted">{t('sessions.minutes.empty')}</p>}
      {canEdit ? (
        <Form
          className="form form-wide"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(String(new FormData(e.currentTarget).get('minutes') ?? ''));
          }}
        >
          <TextInputField name="minutes" label={t('sessions.minutes.label')} description={t('sessions.markdownHint')} defaultValue={session.minutes} multiline />
          {save.isSuccess ? <SuccessNotice>{t('sessions.minutes.saved')}</SuccessNotice> : null}
          {save.isError ? <ErrorNotice>{message(save.error, { conflict: t('sessions.conflict') })}</ErrorNotice> : null}
          <Button type="submit" className="button" isPending={save.isPending}>
            {t('sessions.minutes.save')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
