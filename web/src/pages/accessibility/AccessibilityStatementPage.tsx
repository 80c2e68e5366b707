import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { KNOWN_LIMITS, LAST_CHECKED, METHOD, STATUS } from './statement.ts';

/**
 * The accessibility statement in the Dutch model: who runs the installation, the standard, the
 * status, the date and method of the last check, the known limits and where to report a problem.
 * Public: everyone can read it, signed in or not.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  useDocumentTitle(t('accessibility.title'));
  const about = useQuery(queries.about());
  if (about.isPending) return <Loading />;
  if (about.isError) return <ErrorNotice error={about.error} onRetry={() => void about.refetch()} />;
  const { operatorName, accessibilityContact, publicUrl, version } = about.data;
  const operator = operatorName ?? t('accessibility.unknownOperator');
  return (
    <div className="narrow">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro', { operator, url: publicUrl })}</p>
      <p>{t('accessibility.standard')}</p>

      <h2>{t('accessibility.statusHeading')}</h2>
      <p>
        <strong>{t(`accessibility.status.${STATUS}`)}</strong>
      </p>
      <p>{t('accessibility.statusExplained')}</p>
      <p>{t('accessibility.dated', { date: date(`${LAST_CHECKED}T12:00:00Z`), version })}</p>

      <h2>{t('accessibility.methodHeading')}</h2>
      <ul>
        {METHOD.map((key) => (
          <li key={key}>{t(`accessibility.method.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('accessibility.limitsHeading')}</h2>
      <ul>
        {KNOWN_LIMITS.map((key) => (
          <li key={key}>{t(`accessibility.limits.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('accessibility.contactHeading')}</h2>
      {accessibilityContact ? (
        <p>
          {t('accessibility.contactIntro')}{' '}
          <a href={accessibilityContact.kind === 'email' ? `mailto:${accessibilityContact.address}` : accessibilityContact.address}>{accessibilityContact.address}</a>
        </p>
      ) : (
        <p>{t('accessibility.contactFallback')}</p>
      )}
    </div>
  );
}
