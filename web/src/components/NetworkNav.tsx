import { useQuery } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { queries } from '../queries.ts';
import { NETWORK_NAV_ID } from './useMenuDisclosure.ts';

type NavGroup = { key: 'familiarity' | 'agreements' | 'openness' | 'together' | 'management'; links: { to: string; label: string }[] };

/**
 * The navigation of every network page, grouped the way the collaboration grows: getting to
 * know each other, agreements, reflection, and working on together. The link of the page on
 * screen carries aria-current="page"; import and the audit log are there for the coordinator only.
 * The Layout shows it as a side column on wide screens and behind the "Menu" button on narrow
 * ones; `onKeyDown` lets Escape close that menu.
 */
export function NetworkNav({ networkId, onKeyDown }: { networkId: string; onKeyDown?: (event: KeyboardEvent) => void }) {
  const { t } = useTranslation();
  const network = useQuery(queries.network(networkId));
  if (network.isError) return null;
  const base = `/networks/${networkId}`;
  const groups: NavGroup[] = [
    {
      key: 'familiarity',
      links: [
        { to: `${base}/partners`, label: t('networkNav.partners') },
        { to: `${base}/people`, label: t('networkNav.people') },
        { to: `${base}/compare`, label: t('networkNav.compare') },
        { to: `${base}/matches`, label: t('networkNav.matches') },
        { to: `${base}/history`, label: t('networkNav.history') },
        { to: `${base}/map`, label: t('networkNav.map') },
      ],
    },
    {
      key: 'agreements',
      links: [
        { to: `${base}/agreements`, label: t('networkNav.agreements') },
        { to: `${base}/tasks`, label: t('networkNav.tasks') },
        { to: `${base}/availability`, label: t('networkNav.availability') },
        { to: `${base}/call-now`, label: t('networkNav.callNow') },
      ],
    },
    {
      key: 'openness',
      links: [
        { to: `${base}/rounds`, label: t('networkNav.rounds') },
        { to: `${base}/signals`, label: t('networkNav.signals') },
        { to: `${base}/agenda`, label: t('networkNav.agenda') },
      ],
    },
    {
      key: 'together',
      links: [
        { to: `${base}/differences`, label: t('networkNav.differences') },
        { to: `${base}/value-map`, label: t('networkNav.valueMap') },
        { to: `${base}/stories`, label: t('networkNav.stories') },
        { to: `${base}/vision`, label: t('networkNav.vision') },
        { to: `${base}/steps`, label: t('networkNav.steps') },
        { to: `${base}/requests`, label: t('networkNav.requests') },
        { to: `${base}/goals`, label: t('networkNav.goals') },
        { to: `${base}/sessions`, label: t('networkNav.sessions') },
        { to: `${base}/decisions`, label: t('networkNav.decisions') },
      ],
    },
    ...(network.data?.myRole === 'coordinator'
      ? [
          {
            key: 'management' as const,
            links: [
              { to: `${base}/import`, label: t('networkNav.import') },
              { to: `${base}/audit`, label: t('networkNav.audit') },
              { to: `${base}/sso`, label: t('networkNav.sso') },
            ],
          },
        ]
      : []),
  ];
  return (
    <nav id={NETWORK_NAV_ID} aria-label={t('networkNav.label')} className="network-nav" onKeyDown={onKeyDown}>
      <NavLink to={base} end className="network-nav-link network-nav-home">
        {t('networkNav.home')}
      </NavLink>
      <ul className="network-nav-groups">
        {groups.map((group) => (
          <li key={group.key} className="network-nav-group">
            <span className="network-nav-group-label" id={`network-nav-${group.key}`}>
              {t(`networkNav.groups.${group.key}`)}
            </span>
            <ul className="network-nav-list" aria-labelledby={`network-nav-${group.key}`}>
              {group.links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} className="network-nav-link">
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
