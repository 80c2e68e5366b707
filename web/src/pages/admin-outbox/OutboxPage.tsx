import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';

/**
 * The installation's outbox (administrator). Without an SMTP server this is how mail is
 * delivered: the administrator passes an invitation link on by hand (links are plain text to
 * copy); password resets appear only for the administrator's own address. With SMTP it lists
 * only the mails that could not be delivered, without their text.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('outbox.title'));
  const me = useQuery(queries.me());
  const isAdmin = me.data?.isAdmin === true;
  const outbox = useInfiniteQuery({ ...queries.outbox(), enabled: isAdmin });
  const format = useDateFormat();

  if (!isAdmin) {
    return (
      <>
        <h1>{t('outbox.title')}</h1>
        <ErrorNotice>{t('outbox.adminsOnly')}</ErrorNotice>
      </>
    );
  }
  const mails = outbox.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      {outbox.data ? <p className="lead">{outbox.data.pages[0]?.delivery === 'smtp' ? t('outbox.introSmtp') : t('outbox.introOutbox')}</p> : null}
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        <ErrorNotice error={outbox.error} onRetry={() => void outbox.refetch()}>
          {outbox.error instanceof ApiError && outbox.error.status === 403 ? t('outbox.adminsOnly') : undefined}
        </ErrorNotice>
      ) : mails.length === 0 ? (
        <p className="muted">{t('outbox.empty')}</p>
      ) : (
        <ul className="mail-list">
          {mails.map((mail) => (
            <li key={mail.id} className="mail">
              <details>
                <summary>
                  <span className="mail-subject">{mail.subject}</span>
                  <span className="mail-meta">
                    {t('outbox.to')}: {mail.to} · {format.dateTime(mail.createdAt)} · <span className={`status status-${mail.status}`}>{t(`mailStatus.${mail.status}`)}</span>
                  </span>
                </summary>
                {mail.text === null ? null : <pre className="mail-text">{mail.text}</pre>}
                {mail.lastError ? <p className="field-error">{t('outbox.lastError', { error: mail.lastError })}</p> : null}
              </details>
            </li>
          ))}
        </ul>
      )}
      {outbox.hasNextPage ? (
        <Button className="button button-secondary" isPending={outbox.isFetchingNextPage} onPress={() => void outbox.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
