import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut, type Me } from '../api.ts';
import { queries } from '../queries.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NotificationsLink } from '../pages/notifications/NotificationsLink.tsx';
import { NetworkSwitcher } from './NetworkSwitcher.tsx';

/** The product name, my networks, the language switch and who is signed in. */
export function AppHeader({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="product-name">
          {t('app.name')}
        </Link>
        {me ? <NetworkSwitcher roles={me.roles} /> : null}
        <div className="header-tools">
          {me?.isAdmin ? (
            <nav aria-label={t('header.adminNav')}>
              <Link to="/admin/outbox" className="header-link">
                {t('header.outbox')}
              </Link>
            </nav>
          ) : null}
          {me ? (
            <Link to="/my-steps" className="header-link">
              {t('header.mySteps')}
            </Link>
          ) : null}
          {me ? <NotificationsLink /> : null}
          <LanguageSwitch />
          {me ? <SignedInUser me={me} /> : null}
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
