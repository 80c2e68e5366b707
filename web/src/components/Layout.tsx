import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigationType } from 'react-router';
import { queries } from '../queries.ts';
import { AppHeader } from './AppHeader.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

/**
 * The frame of every page: skip link, header and the main landmark. Until the installation has
 * its first administrator, every page leads to /setup.
 */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const setup = useQuery(queries.setup());
  const me = useQuery(queries.me());
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After following a link (or going back), start reading at the new page. Redirects (REPLACE)
  // leave focus alone, so the skip link stays the first stop after a page load.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    if (navigationType !== 'REPLACE') main.current?.focus();
  }, [location.pathname, navigationType]);

  let content;
  if (setup.isPending) content = <Loading />;
  else if (setup.isError) content = <ErrorNotice error={setup.error} onRetry={() => void setup.refetch()} />;
  else if (!setup.data.setUp && location.pathname !== '/setup') content = <Navigate to="/setup" replace />;
  else content = <Outlet />;

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader me={me.data ?? null} />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {content}
      </main>
    </>
  );
}
