import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type AppNotification } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { invalidateNotifications, notificationQueries } from './notificationQueries.ts';

/** What happened in my networks that asks for my attention: newest first, unread ones marked. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  useDocumentTitle(t('notifications.heading'));
  const list = useInfiniteQuery(notificationQueries.list());
  const markAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/notifications/read-all')),
    onSettled: () => invalidateNotifications(queryClient),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;
  return (
    <>
      <h1>{t('notifications.heading')}</h1>
      <p>
        <Link to="/settings/notifications">{t('notificationSettings.fromList')}</Link>
      </p>
      <p className="lead">{t('notifications.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('notifications.empty')}</p>
      ) : (
        <>
          <p>
            {t('notifications.unreadCount', { count: unread })}{' '}
            {unread > 0 ? (
              <Button className="button button-small button-secondary" isPending={markAll.isPending} onPress={() => markAll.mutate()}>
                {t('notifications.markAllRead')}
              </Button>
            ) : null}
          </p>
          {markAll.isError ? <ErrorNotice error={markAll.error} /> : null}
          <ul className="notification-list">
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </ul>
          {list.hasNextPage ? (
            <Button className="button button-secondary" isPending={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          ) : null}
        </>
      )}
    </>
  );
}

function NotificationItem({ notification }: { notification: AppNotification }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/notifications/{notificationId}/read', { params: { path: { notificationId: notification.id } } })),
    onSettled: () => invalidateNotifications(queryClient),
  });
  const text = t(`notifications.kinds.${notification.kind}` as 'notifications.generic', { ...notification.params, defaultValue: t('notifications.generic') });
  return (
    <li className={notification.read ? 'notification' : 'notification notification-unread'}>
      <p className="notification-meta">
        {notification.read ? null : <strong className="notification-new">{t('notifications.new')}</strong>} {notification.networkName} · {format.dateTime(notification.createdAt)}
      </p>
      <p className="notification-text">
        <Link to={notification.link} onClick={() => (notification.read ? undefined : markRead.mutate())}>
          {text}
        </Link>
      </p>
      {notification.read ? null : (
        <Button className="button button-small button-secondary" isPending={markRead.isPending} onPress={() => markRead.mutate()} aria-label={t('notifications.markReadLabel', { text })}>
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}
