import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CalendarLink } from '../../components/CalendarLink.tsx';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { useDayFormat } from '../history/formatDay.ts';
import { sessionQueries, type Session } from '../sessions/sessionQueries.ts';
import { AgendaPanel } from './AgendaPanel.tsx';
import { AttendancePanel } from './AttendancePanel.tsx';
import { DecisionsPanel } from './DecisionsPanel.tsx';
import { MinutesPanel } from './MinutesPanel.tsx';
import { SessionDetailsForm } from './SessionDetailsForm.tsx';
import { useSessionMutation } from './useSessionMutation.ts';

/**
 * Running a session from agenda to decisions: take over the generated agenda, note what was said,
 * write the minutes, record decisions with their consequences, publish, and print for the steering group.
 */
export function SessionPage() {
  const { t, i18n } = useTranslation();
  const { networkId = '', sessionId = '' } = useParams();
  const network = useQuery(queries.network(networkId));
  const session = useQuery(sessionQueries.one(networkId, sessionId));
  useDocumentTitle(session.data ? `${session.data.title} – ${t('sessions.heading')}` : t('sessions.heading'));
  const day = useDayFormat();
  const { hash } = useLocation();
  const loaded = session.isSuccess;
  // A link to one decision (#decision-…) from the overview or the home: move focus to it once it is there.
  useEffect(() => {
    if (loaded && hash.startsWith('#decision-')) document.getElementById(hash.slice(1))?.focus();
  }, [loaded, hash]);
  if (session.isPending) return <Loading />;
  if (session.isError) {
    const missing = session.error instanceof ApiError && (session.error.status === 404 || session.error.status === 400);
    return (
      <>
        <h1>{t('sessions.heading')}</h1>
        {missing ? <ErrorNotice>{t('sessions.notFound')}</ErrorNotice> : <ErrorNotice error={session.error} onRetry={() => void session.refetch()} />}
        <p>
          <Link to={`/networks/${networkId}/sessions`}>{t('sessions.toList')}</Link>
        </p>
      </>
    );
  }
  const s = session.data;
  const canEdit = network.data?.myRole === 'coordinator';
  return (
    <>
      <p className="print-only">{t('sessions.print.header', { network: network.data?.name ?? '' })}</p>
      <h1>{s.title}</h1>
      <dl className="facts">
        <dt>{t('sessions.columns.heldOn')}</dt>
        <dd>{day(s.heldOn)}</dd>
        <dt>{t('sessions.columns.participants')}</dt>
        <dd>{s.participants.length > 0 ? s.participants.map((p) => p.name).join(', ') : t('sessions.noParticipants')}</dd>
      </dl>
      <p className="no-print">
        <Button className="button button-secondary" onPress={() => window.print()}>
          {t('sessions.print.button')}
        </Button>{' '}
        <a
          className="button button-secondary"
          href={`/api/networks/${networkId}/sessions/${sessionId}/minutes.pdf?lang=${i18n.language === 'en' ? 'en' : 'nl'}`}
          download
        >
          {t('sessions.pdf.minutes')}
        </a>{' '}
        <CalendarLink path={`/api/networks/${networkId}/sessions/${sessionId}/calendar`} what={s.title} />{' '}
        <Link to={`/networks/${networkId}/sessions`}>{t('sessions.toList')}</Link>
      </p>
      <AttendancePanel networkId={networkId} session={s} canEdit={canEdit} />
      <AgendaPanel networkId={networkId} session={s} canEdit={canEdit} />
      <MinutesPanel networkId={networkId} session={s} canEdit={canEdit} />
      <DecisionsPanel networkId={networkId} session={s} canEdit={canEdit} />
      {canEdit ? <PublishPanel networkId={networkId} session={s} /> : null}
      {canEdit ? <SessionDetailsForm key={s.version} networkId={networkId} session={s} /> : null}
    </>
  );
}

function PublishPanel({ networkId, session }: { networkId: string; session: Session }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const format = useDateFormat();
  const navigate = useNavigate();
  const publish = useSessionMutation(networkId, () =>
    unwrap(api.POST('/api/networks/{networkId}/sessions/{sessionId}/publish', { params: { path: { networkId, sessionId: session.id } }, body: { baseVersion: session.version } })),
  );
  const remove = useSessionMutation(networkId, () => unwrap(api.DELETE('/api/networks/{networkId}/sessions/{sessionId}', { params: { path: { networkId, sessionId: session.id } } })));
  return (
    <section aria-labelledby="publish-heading" className="panel no-print">
      <h2 id="publish-heading">{t('sessions.publish.heading')}</h2>
      <p>{session.publishedAt ? t('sessions.publish.publishedAt', { date: format.dateTime(session.publishedAt) }) : t('sessions.publish.notYet')}</p>
      {publish.isSuccess ? <SuccessNotice>{t('sessions.publish.done')}</SuccessNotice> : null}
      {publish.isError ? <ErrorNotice>{message(publish.error, { conflict: t('sessions.conflict'), validation_failed: t('sessions.publish.nothing') })}</ErrorNotice> : null}
      <div className="form-actions">
        <Button className="button" isPending={publish.isPending} onPress={() => publish.mutate(undefined)}>
          {session.publishedAt ? t('sessions.publish.again') : t('sessions.publish.button')}
        </Button>
        <ConfirmActionButton
          label={t('sessions.remove.button')}
          ariaLabel={t('sessions.remove.label', { title: session.title })}
          title={t('sessions.remove.title')}
          text={t('sessions.remove.text', { title: session.title })}
          confirmLabel={t('sessions.remove.button')}
          error={remove.isError ? message(remove.error) : null}
          isPending={remove.isPending}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(`/networks/${networkId}/sessions`) })}
        />
      </div>
    </section>
  );
}
