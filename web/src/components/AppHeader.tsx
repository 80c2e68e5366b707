import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type RefObject } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut, type Me } from '../api.ts';
import { queries } from '../queries.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NotificationsLink } from '../pages/notifications/NotificationsLink.tsx';
import { useMediaQuery } from './useMediaQuery.ts';
import { HEADER_MENU_ID, WIDE_SCREEN, NETWORK_NAV_ID, type MenuState } from './useMenuDisclosure.ts';

// The switcher brings React Aria's select, list box and popover: a chunk of its own, loaded when
// it shows (always on wide screens, once the menu opens on narrow ones), so a phone's first load
// of a page that needs none of them carries less.
const NetworkSwitcher = lazy(async () => ({ default: (await import('./NetworkSwitcher.tsx')).NetworkSwitcher }));

/**
 * The switcher's place while its chunk loads, as wide and as high as the switcher: the header
 * keeps its height when the switcher arrives, so the navigation under it does not move under a
 * pointer that is about to click it.
 */
function NetworkSwitcherSpace() {
  return (
    <div className="network-switcher" aria-hidden="true">
      <button type="button" className="select-button" disabled tabIndex={-1}>
        <span className="select-value">&nbsp;</span>
      </button>
    </div>
  );
}

/**
 * The product name, my networks, the language switch and who is signed in. On narrow screens a
 * signed-in person sees only the product name, the notifications and a "Menu" button that shows
 * the rest together with the network's navigation (see useMenuDisclosure).
 */
export function AppHeader({ me, menu, menuButtonRef, hasNetworkNav }: { me: Me | null; menu: MenuState; menuButtonRef: RefObject<HTMLButtonElement | null>; hasNetworkNav: boolean }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="product-name">
          {t('app.name')}
        </Link>
        {me ? (
          <span className="header-notifications">
            <NotificationsLink />
          </span>
        ) : null}
        {me ? (
          <button
            type="button"
            ref={menuButtonRef}
            className="button button-header menu-button"
            aria-expanded={menu.open}
            aria-controls={hasNetworkNav ? `${HEADER_MENU_ID} ${NETWORK_NAV_ID}` : HEADER_MENU_ID}
            onClick={menu.toggle}
          >
            {t('header.menu')}
            <span aria-hidden="true" className="menu-button-chevron">
              {menu.open ? '▴' : '▾'}
            </span>
          </button>
        ) : null}
        <div id={HEADER_MENU_ID} className={me ? 'header-menu header-menu-collapsible' : 'header-menu'} onKeyDown={menu.onKeyDown}>
          {me && (menu.open || wide) ? (
            <Suspense fallback={<NetworkSwitcherSpace />}>
              <NetworkSwitcher roles={me.roles} />
            </Suspense>
          ) : null}
          <div className="header-tools">
            {me?.isAdmin ? (
              <nav aria-label={t('header.adminNav')}>
                <Link to="/admin/outbox" className="header-link">
                  {t('header.outbox')}
                </Link>
                <Link to="/admin/retention" className="header-link">
                  {t('header.retention')}
                </Link>
                <Link to="/admin/sso" className="header-link">
                  {t('header.sso')}
                </Link>
              </nav>
            ) : null}
            {me ? (
              <>
                <Link to="/my-steps" className="header-link">
                  {t('header.mySteps')}
                </Link>
                <Link to="/settings/notifications" className="header-link">
                  {t('header.notificationSettings')}
                </Link>
                <Link to="/my-data" className="header-link">
                  {t('header.myData')}
                </Link>
              </>
            ) : null}
            <LanguageSwitch />
            {me ? <SignedInUser me={me} /> : null}
          </div>
        </div>
      </div>
    </header>
  );
}

function SignedInUser({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState(false);
  const leave = async () => {
    try {
      await signOut();
    } catch {
      setFailed(true);
      return;
    }
    await navigate('/login', { replace: true, state: { notice: 'signedOut' } });
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup' });
    queryClient.setQueryData(queries.me().queryKey, null);
  };
  return (
    <div className="signed-in">
      <span className="user-name">{t('header.signedInAs', { name: me.user.name })}</span>
      <Button className="button button-header" onPress={() => void leave()}>
        {t('header.signOut')}
      </Button>
      {failed ? (
        <span role="alert" className="header-error">
          {t('errors.signOutFailed')}
        </span>
      ) : null}
    </div>
  );
}
