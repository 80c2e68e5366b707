import { useTranslation } from 'react-i18next';
import { CalendarLink } from '../../components/CalendarLink.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { useDayFormat } from '../history/formatDay.ts';
import type { Agreement } from './agreementQueries.ts';
import { AgreementStatus } from './AgreementStatus.tsx';

/** The facts of an agreement: kind, status, parties, review date, the versions that matter, and how it ended. */
export function AgreementFacts({ networkId, agreement }: { networkId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const when = useDateFormat();
  return (
    <dl className="facts agreement-facts">
      <div>
        <dt>{t('agreement.facts.kind')}</dt>
        <dd>{t(`agreements.kinds.${agreement.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('agreement.facts.status')}</dt>
        <dd>
          <AgreementStatus agreement={agreement} />
        </dd>
      </div>
      <div>
        <dt>{t('agreement.facts.parties')}</dt>
        <dd>
          {agreement.allPartners ? `${t('agreement.facts.allPartners')}: ` : null}
          {agreement.parties.map((p) => p.name).join(', ') || t('agreement.facts.noParties')}
        </dd>
      </div>
      <div>
        <dt>{t('agreement.facts.reviewOn')}</dt>
        <dd>
          {agreement.reviewOn ? day(agreement.reviewOn) : t('agreement.facts.noReviewDate')}
          {agreement.reviewOverdue ? <strong className="agreement-overdue"> {t('agreement.facts.overdue')}</strong> : null}
          {agreement.reviewOn && !agreement.endedAt ? (
            <>
              {' '}
              <CalendarLink path={`/api/networks/${networkId}/agreements/${agreement.id}/calendar`} what={t('calendar.review', { title: agreement.title })} />
            </>
          ) : null}
        </dd>
      </div>
      {agreement.versionInForce !== null ? (
        <div>
          <dt>{t('agreement.facts.inForce')}</dt>
          <dd>{t('agreement.facts.inForceText', { version: agreement.versionInForce, since: agreement.inForceSince ? when.date(agreement.inForceSince) : '' })}</dd>
        </div>
      ) : null}
      {agreement.proposedVersion !== null && agreement.status !== 'ended' ? (
        <div>
          <dt>{t('agreement.facts.proposed')}</dt>
          <dd>{t('agreement.facts.proposedText', { version: agreement.proposedVersion })}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('agreement.facts.createdBy')}</dt>
        <dd>{t('agreement.facts.createdText', { name: agreement.createdBy.name, when: when.date(agreement.createdAt) })}</dd>
      </div>
      {agreement.endedAt ? (
        <div>
          <dt>{t('agreement.facts.ended')}</dt>
          <dd>
            {t('agreement.facts.endedText', { name: agreement.endedBy?.name ?? '', when: when.date(agreement.endedAt) })} {agreement.endReason}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
