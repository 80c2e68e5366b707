import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mayHandOverRole, type Role } from '../../api.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { queries } from '../../queries.ts';
import { HandoverForm } from './HandoverForm.tsx';

/**
 * "Rol overdragen": for every representative whose role the signed-in person may hand over (the
 * coordinator: every one; a representative: their own), a disclosure with the handover form.
 * Nothing at all when there is no such role.
 */
export function HandoverSection({ networkId, myRole }: { networkId: string; myRole: Role }) {
  const { t } = useTranslation();
  const me = useQuery(queries.me());
  const members = useQuery(queries.members(networkId));
  if (!me.data || !members.data) return null;
  const myId = me.data.user.id;
  const myPartnerId = me.data.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const leavers = members.data.items.filter((m) => mayHandOverRole({ role: myRole, partnerId: myPartnerId }, myId, { userId: m.userId, role: m.role, partnerId: m.partner?.id ?? null }));
  if (leavers.length === 0) return null;
  return (
    <section aria-labelledby="handover-heading" className="panel">
      <h2 id="handover-heading">{t('handover.heading')}</h2>
      <p>{t('handover.intro')}</p>
      <ul className="plain-list handover-list">
        {leavers.map((leaver) => {
          const own = leaver.userId === myId;
          return (
            <li key={leaver.id}>
              <p>{own ? t('handover.ownRole', { partner: leaver.partner?.name ?? '' }) : t('handover.whose', { name: leaver.name, partner: leaver.partner?.name ?? '' })}</p>
              <Disclosure label={own ? t('handover.openOwn') : t('handover.open', { name: leaver.name })}>
                <HandoverForm networkId={networkId} leaver={leaver} own={own} />
              </Disclosure>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
