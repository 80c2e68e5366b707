import { useTranslation } from 'react-i18next';
import type { Agreement } from './agreementQueries.ts';

/** The status of an agreement as a labelled pill, with "review overdue" beside it when that applies. */
export function AgreementStatus({ agreement }: { agreement: Pick<Agreement, 'status' | 'reviewOverdue' | 'proposedVersion'> }) {
  const { t } = useTranslation();
  return (
    <span className="agreement-status">
      <span className={`status agreement-status-${agreement.status}`}>{t(`agreements.statuses.${agreement.status}`)}</span>
      {agreement.status === 'in_force' && agreement.proposedVersion !== null ? (
        <span className="status agreement-status-proposed">{t('agreements.newVersionProposed', { version: agreement.proposedVersion })}</span>
      ) : null}
      {agreement.reviewOverdue ? <span className="status agreement-status-overdue">{t('agreements.reviewOverdue')}</span> : null}
    </span>
  );
}
