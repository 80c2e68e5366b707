import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { agreementQueries, type Agreement } from './agreementQueries.ts';
import { MarkdownBody } from './MarkdownBody.tsx';

/** The text of one version, with what that version is (in force, proposed, latest draft) and who wrote it. */
export function AgreementText({ networkId, agreement, version }: { networkId: string; agreement: Agreement; version: number }) {
  const { t } = useTranslation();
  const when = useDateFormat();
  const text = useQuery(agreementQueries.version(networkId, agreement.id, version));
  const role =
    version === agreement.versionInForce
      ? t('agreement.text.inForce')
      : version === agreement.proposedVersion
        ? t('agreement.text.proposed')
        : version === agreement.currentVersion
          ? t('agreement.text.latest')
          : t('agreement.text.older');
  return (
    <section aria-labelledby="agreement-text-heading" className="panel">
      <h2 id="agreement-text-heading">{t('agreement.text.heading', { version, role })}</h2>
      {text.isPending ? (
        <Loading />
      ) : text.isError ? (
        <ErrorNotice error={text.error} onRetry={() => void text.refetch()} />
      ) : (
        <>
          <p className="muted">{t('agreement.text.byline', { name: text.data.author.name, when: when.dateTime(text.data.createdAt) })}</p>
          <MarkdownBody>{text.data.body}</MarkdownBody>
        </>
      )}
    </section>
  );
}
