import { useMutation, useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

/**
 * Where the unsubscribe link of a mail leads (no sign-in needed): it says what the link stops and
 * stops it only when the person confirms; mail programs that support one-click unsubscribe
 * (RFC 8058) post to the same address without this page.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('unsubscribe.title'));
  const token = useParams().token ?? '';
  const scope = useQuery({ queryKey: ['unsubscribe', token], queryFn: () => unwrap(api.GET('/api/unsubscribe/{token}/scope', { params: { path: { token } } })), retry: false });
  const stop = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/unsubscribe/{token}', {
          params: { path: { token } },
          body: { 'List-Unsubscribe': 'One-Click' },
          bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      ),
  });
  let what = '';
  if (scope.data) what = 'topic' in scope.data ? t(`notificationSettings.topics.${scope.data.topic}`) : t(`unsubscribe.digests.${scope.data.digest}`);
  return (
    <div className="narrow">
      <h1>{t('unsubscribe.title')}</h1>
      {scope.isPending ? (
        <Loading />
      ) : scope.isError ? (
        <ErrorNotice error={scope.error}>{scope.error instanceof ApiError && scope.error.status < 500 ? t('unsubscribe.invalid') : undefined}</ErrorNotice>
      ) : stop.isSuccess ? (
        <SuccessNotice>{t('unsubscribe.done', { what })}</SuccessNotice>
      ) : (
        <>
          <p>{t('unsubscribe.question', { what })}</p>
          <p className="field-description">{t('unsubscribe.inApp')}</p>
          {stop.isError ? <ErrorNotice error={stop.error} /> : null}
          <Button className="button" isPending={stop.isPending} onPress={() => stop.mutate()}>
            {t('unsubscribe.confirm')}
          </Button>
        </>
      )}
      <p>
        <Link to="/settings/notifications">{t('unsubscribe.allSettings')}</Link>
      </p>
    </div>
  );
}
