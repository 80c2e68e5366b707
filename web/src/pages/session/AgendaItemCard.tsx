import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import type { SessionAgendaItem } from '../sessions/sessionQueries.ts';
import { MarkdownText } from './MarkdownText.tsx';
import { useAgendaReason } from '../agenda/useAgendaReason.ts';
import { useSessionMutation } from './useSessionMutation.ts';

interface Props {
  networkId: string;
  sessionId: string;
  item: SessionAgendaItem;
  index: number;
  count: number;
  canEdit: boolean;
  onMove: (from: number, to: number) => void;
  isMoving: boolean;
}

/**
 * One point of the agenda: why it is there (for an item of the generated agenda), a link to what
 * it is about, and the notes of what was said. The coordinator moves it, writes notes, removes it.
 */
export function AgendaItemCard({ networkId, sessionId, item, index, count, canEdit, onMove, isMoving }: Props) {
  const { t } = useTranslation();
  // Sections and reasons come from the generated agenda's catalog (agenda.sections, agenda.reasons).
  const tx = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const message = useErrorMessage();
  const reason = useAgendaReason();
  const path = { networkId, sessionId, itemId: item.id };
  const saveNotes = useSessionMutation(networkId, (body: { notes: string; timeBoxMinutes: number | null }) =>
    unwrap(api.PATCH('/api/networks/{networkId}/sessions/{sessionId}/agenda/{itemId}', { params: { path }, body })),
  );
  const remove = useSessionMutation(networkId, () => unwrap(api.DELETE('/api/networks/{networkId}/sessions/{sessionId}/agenda/{itemId}', { params: { path } })));
  const headingId = `agenda-item-${item.id}`;
  return (
    <article className="card agenda-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        <span className="agenda-number">{index + 1}.</span> {item.title}
        {item.timeBoxMinutes !== null ? <span className="agenda-time-box"> ({t('sessions.agenda.timeBoxShown', { count: item.timeBoxMinutes })})</span> : null}
      </h3>
      {item.reason ? (
        <p className="card-meta">
          {item.section ? <span className="agenda-section">{tx(`agenda.sections.${item.section}`, { defaultValue: item.section })}: </span> : null}
          {reason(item.reason)}
        </p>
      ) : null}
      {item.link ? (
        <p className="card-meta no-print">
          <Link to={item.link}>{t('sessions.agenda.open', { title: item.title })}</Link>
        </p>
      ) : null}
      {item.notes ? (
        <div className="agenda-notes">
          <h4 className="visually-hidden">{t('sessions.agenda.notesHeading')}</h4>
          <MarkdownText>{item.notes}</MarkdownText>
        </div>
      ) : null}
      {canEdit ? (
        <div className="agenda-item-actions no-print">
          <Form
            className="form form-wide"
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              const minutes = String(data.get('timeBoxMinutes') ?? '').trim();
              saveNotes.mutate({ notes: String(data.get('notes') ?? ''), timeBoxMinutes: minutes ? Number(minutes) : null });
            }}
          >
            <TextInputField name="notes" label={t('sessions.agenda.notes', { title: item.title })} description={t('sessions.markdownHint')} defaultValue={item.notes} multiline />
            <TextInputField
              name="timeBoxMinutes"
              type="number"
              inputMode="numeric"
              label={t('sessions.agenda.timeBoxLabel', { title: item.title })}
              defaultValue={item.timeBoxMinutes === null ? '' : String(item.timeBoxMinutes)}
            />
            {saveNotes.isSuccess ? <SuccessNotice>{t('sessions.agenda.notesSaved')}</SuccessNotice> : null}
            {saveNotes.isError ? <ErrorNotice error={saveNotes.error} /> : null}
            <div className="form-actions">
              <Button type="submit" className="button button-small" isPending={saveNotes.isPending}>
                {t('sessions.agenda.saveNotes')}
              </Button>
              <Button className="button button-small button-secondary" isDisabled={index === 0 || isMoving} onPress={() => onMove(index, index - 1)} aria-label={t('sessions.agenda.moveUpLabel', { title: item.title })}>
                {t('sessions.agenda.moveUp')}
              </Button>
              <Button
                className="button button-small button-secondary"
                isDisabled={index === count - 1 || isMoving}
                onPress={() => onMove(index, index + 1)}
                aria-label={t('sessions.agenda.moveDownLabel', { title: item.title })}
              >
                {t('sessions.agenda.moveDown')}
              </Button>
              <ConfirmActionButton
                label={t('sessions.agenda.remove')}
                ariaLabel={t('sessions.agenda.removeLabel', { title: item.title })}
                title={t('sessions.agenda.removeTitle')}
                text={t('sessions.agenda.removeText', { title: item.title })}
                confirmLabel={t('sessions.agenda.remove')}
                error={remove.isError ? message(remove.error) : null}
                isPending={remove.isPending}
                onConfirm={(close) => remove.mutate(undefined, { onSuccess: close })}
              />
            </div>
          </Form>
        </div>
      ) : null}
    </article>
  );
}
