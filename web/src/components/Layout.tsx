import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useMatch, useNavigationType } from 'react-router';
import { queries } from '../queries.ts';
import { AppHeader } from './AppHeader.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';
import { NetworkNav } from './NetworkNav.tsx';
import { useMenuDisclosure } from './useMenuDisclosure.ts';

/**
 * The frame of every page: skip link, header, the network's navigation on a network's pages and
 * the main landmark, and a footer with the accessibility statement. The navigation is a side column on wide screens and sits behind the header's
 * "Menu" button on narrow ones, so the page's own content comes first. Until the installation
 * has its first administrator, every page leads to /setup.
 */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const setup = useQuery(queries.setup());
  const me = useQuery(queries.me());
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);
  const { menu, buttonRef: menuButtonRef } = useMenuDisclosure();
  const networkId = useMatch('/networks/:networkId/*')?.params.networkId;
  const showNetworkNav = Boolean(networkId && me.data && setup.data?.setUp);

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
    <div className={menu.open ? 'app app-menu-open' : 'app'}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader me={me.data ?? null} menu={menu} menuButtonRef={menuButtonRef} hasNetworkNav={showNetworkNav} />
      <div className={showNetworkNav ? 'app-frame app-frame-network' : 'app-frame'}>
        {showNetworkNav && networkId ? <NetworkNav networkId={networkId} onKeyDown={menu.onKeyDown} /> : null}
        <main id="main" ref={main} tabIndex={-1} className="app-main">
          {content}
        </main>
      </div>
      <footer className="app-footer">
        <Link to="/accessibility">{t('accessibility.footerLink')}</Link>
      </footer>
    </div>
  );
}
