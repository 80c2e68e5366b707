import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { notificationQueries } from './notificationQueries.ts';

/** The header link to the notifications, with the number not read yet. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useQuery(notificationQueries.unread()).data?.unread ?? 0;
  return (
    <NavLink to="/notifications" className="header-link">
      {t('notifications.link')}
      {unread > 0 ? (
        <span className="badge">
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">{t('notifications.unreadCount', { count: unread })}</span>
        </span>
      ) : null}
    </NavLink>
  );
}
