import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CalendarLink } from '../../components/CalendarLink.tsx';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { responsePercent } from '../rounds/responsePercent.ts';
import { RoundActions } from './RoundActions.tsx';

/** One round: its plan and status; for the coordinator the response rate and the actions; for an invitee the way to the questionnaire. */
export function RoundPage() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const { networkId = '', roundId = '' } = useParams();
  const network = useQuery(queries.network(networkId));
  const round = useQuery(queries.round(networkId, roundId));
  useDocumentTitle(round.data?.title ?? t('rounds.heading'));
  if (round.isPending) return <Loading />;
  if (round.isError) {
    const missing = round.error instanceof ApiError && (round.error.status === 404 || round.error.status === 400);
    return (
      <>
        <h1>{t('rounds.heading')}</h1>
        {missing ? <ErrorNotice>{t('rounds.round.notFound')}</ErrorNotice> : <ErrorNotice error={round.error} onRetry={() => void round.refetch()} />}
        <p>
          <Link to={`/networks/${networkId}/rounds`}>{t('rounds.round.back')}</Link>
        </p>
      </>
    );
  }
  const r = round.data;
  const coordinator = network.data?.myRole === 'coordinator';
  const percent = r.responses ? responsePercent(r.responses) : 0;
  return (
    <>
      <p>
        <Link to={`/networks/${networkId}/rounds`}>{t('rounds.round.back')}</Link>
      </p>
      <h1>{r.title}</h1>
      <dl className="facts facts-inline">
        <div>
          <dt>{t('rounds.columns.status')}</dt>
          <dd>
            <span className={`badge round-status-${r.status}`}>{t(`rounds.status.${r.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{r.openedAt ? t('rounds.round.openedAt') : t('rounds.columns.opensAt')}</dt>
          <dd>{format.dateTime(r.openedAt ?? r.opensAt)}</dd>
        </div>
        <div>
          <dt>{r.closedAt ? t('rounds.round.closedAt') : t('rounds.columns.closesAt')}</dt>
          <dd>{format.dateTime(r.closedAt ?? r.closesAt)}</dd>
        </div>
        <div>
          <dt>{t('rounds.round.invitees')}</dt>
          <dd>{r.includeMembers ? t('rounds.round.inviteesAll') : t('rounds.round.inviteesReps')}</dd>
        </div>
        <div>
          <dt>{t('rounds.round.disclosure')}</dt>
          <dd>{r.disclosureMode === 'strict' ? t('rounds.round.disclosureStrict') : t('rounds.round.disclosureOrganisation')}</dd>
        </div>
        <div>
          <dt>{t('rounds.round.anonymityK')}</dt>
          <dd>{r.anonymityK ?? t('rounds.round.anonymityKDraft')}</dd>
        </div>
      </dl>
      {r.status === 'closed' ? null : (
        <p className="no-print">
          <CalendarLink path={`/api/networks/${networkId}/rounds/${r.id}/calendar`} what={t('calendar.roundCloses', { title: r.title })} />
        </p>
      )}
      {r.you.invited && r.status === 'open' ? (
        <p>
          <Link className="button" to={`/networks/${networkId}/rounds/${r.id}/questionnaire`}>
            {r.you.submittedAt ? t('rounds.round.changeAnswers') : t('rounds.round.toQuestionnaire')}
          </Link>
        </p>
      ) : null}
      {r.you.submittedAt ? <p>{t('rounds.you.submitted', { at: format.dateTime(r.you.submittedAt) })}</p> : null}
      {r.status === 'closed' || (coordinator && r.status === 'open') ? (
        <p>
          <Link className="button" to={`/networks/${networkId}/rounds/${r.id}/results`}>
            {r.status === 'closed' ? t('results.link') : t('results.linkProvisional')}
          </Link>
        </p>
      ) : null}
      {r.status === 'closed' && r.lowResponse && !coordinator ? (
        <p className="notice notice-warning">{r.lowResponseIncluded ? t('rounds.round.lowResponseIncluded') : t('rounds.round.lowResponseLeftOut')}</p>
      ) : null}
      {coordinator && r.responses ? (
        <section aria-labelledby="round-response-heading" className="panel">
          <h2 id="round-response-heading">{t('rounds.round.responseHeading')}</h2>
          <p>{t('rounds.responseRate', { ...r.responses, percent })}</p>
          <progress className="round-progress" max={100} value={percent} aria-label={t('rounds.round.responseBar', { percent })} />
          <p className="muted">{t('rounds.round.responseIntro')}</p>
          {r.status !== 'closed' ? <p className="muted">{t('rounds.round.remindersNote')}</p> : null}
          <RoundActions networkId={networkId} round={r} />
        </section>
      ) : null}
    </>
  );
}
