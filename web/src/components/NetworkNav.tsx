import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { queries } from '../queries.ts';

/**
 * The sub-navigation of every network page. The link of the page on screen carries
 * aria-current="page"; import and the audit log are there for the coordinator only.
 */
export function NetworkNav({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const network = useQuery(queries.network(networkId));
  if (network.isError) return null;
  const base = `/networks/${networkId}`;
  const links = [
    { to: base, label: t('networkNav.home'), end: true },
    { to: `${base}/partners`, label: t('networkNav.partners') },
    { to: `${base}/compare`, label: t('networkNav.compare') },
    { to: `${base}/matches`, label: t('networkNav.matches') },
    { to: `${base}/history`, label: t('networkNav.history') },
    { to: `${base}/map`, label: t('networkNav.map') },
    ...(network.data?.myRole === 'coordinator'
      ? [
          { to: `${base}/import`, label: t('networkNav.import') },
          { to: `${base}/audit`, label: t('networkNav.audit') },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('networkNav.label')} className="network-nav">
      <ul className="network-nav-list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="network-nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
